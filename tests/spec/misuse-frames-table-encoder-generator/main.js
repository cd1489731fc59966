// node's own frame on errors some built-ins throw: console.table's properties, TextEncoder.encodeInto's
// arguments, a generator's methods on another receiver.
const first = (e) => console.log(`${e.name}: ${e.message}\n${e.stack.split('\n')[1]}`);
try { console.table([{ name: 'a' }], 'name'); } catch (e) { first(e); }
try { new TextEncoder().encodeInto(5, new Uint8Array(3)); } catch (e) { first(e); }
try { new TextEncoder().encodeInto('abc', [0, 0, 0]); } catch (e) { first(e); }
function* gen() { yield 1; }
const g = gen();
try { g.next.call({}); } catch (e) { first(e); }
try { g.return.call(5); } catch (e) { first(e); }
try { g.throw.call(new Map(), 1); } catch (e) { first(e); }
console.log(new TextEncoder().encodeInto('héllo', new Uint8Array(4)));
new TextEncoder().encodeInto('abc', [0, 0, 0]);
