// A user function called by a built-in shows the built-in's frame below it: JSON.parse's reviver, String(o)'s
// and Number(o)'s conversions.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.')); }
};
show(() => JSON.parse('{"a":1}', function revive(k, v) { if (k === 'a') throw new Error('reviver'); return v; }));
show(() => String({ toString() { throw new Error('toString'); } }));
show(() => Number({ valueOf() { throw new Error('valueOf'); } }));
const money = { amount: 5, toString() { return `$${this.amount.toFixed(2)}`; } };
console.log(String(money), Number({ valueOf: () => 7 }));
const broken = { toString() { return this.currency.code; } };
String(broken);
