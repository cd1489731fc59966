// Map/Set iterators print their remaining items (V8's previewEntries), and previewing one does not consume it.
const util = require('util');
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const it = m.entries();
it.next();
console.log(it);
console.log([...it]);
console.log(it, it.next());
const k = m.keys();
console.log(util.inspect(k), k.next(), k);
for (const x of k) console.log('got', x);
console.log(k);
const s = new Set(['x', 'y']);
const si = s[Symbol.iterator]();
console.log(si, si.next(), si.next(), si.next(), si);
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Set.prototype.keys === Set.prototype.values, Set.prototype.values === Set.prototype[Symbol.iterator]);
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'keys'));
console.table(new Map([['a', { x: 1 }], ['b', { x: 2 }]]).entries());
console.table(new Set([1, 2]).values());
const big = new Map(); for (let i = 0; i < 120; i++) big.set(i, i);
console.log(big.values());
console.log({ nested: { it: new Map([[1, { deep: { deeper: 1 } }]]).entries() } });
console.log(util.inspect(new Set([1,2,3]).values(), { maxArrayLength: 1 }));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]).keys());
const em = new Map().entries(); console.log(em);
try { Map.prototype.keys.call({}); } catch (e) { console.log(e.name); }
console.log(util.types.isMapIterator(m.keys()), util.types.isSetIterator(s.values()));
console.log(Object.prototype.toString.call(m.keys()));
console.log(Array.from(m), new Map(m).size, [...s]);
const live = new Map([[1, 1]]); const li = live.keys(); live.set(2, 2); console.log([...li]);
