// An object rest element skips the keys of every property before it, nested patterns included (Boa 0.22
// left them in; the instrumenter works around it).
'use strict';
const { a: { b }, ...rest } = { a: { b: 1 }, c: 2 };
console.log(b, rest);
const { p: [q], 'x-y': { z = 5 } = {}, ...r2 } = { p: [9], 'x-y': {}, s: 3 };
console.log(q, z, r2);
function f({ a: { b }, ...others }) { return [b, others]; }
console.log(f({ a: { b: 2 }, d: 4 }), f.toString());
for (const { m: { n }, ...o } of [{ m: { n: 1 }, k: 1 }]) console.log(n, o);
let w, rr;
({ a: { b: w }, ...rr } = { a: { b: 7 }, e: 8 });
console.log(w, rr);
const g = ({ a: [x1], ...y1 }) => [x1, y1];
console.log(g({ a: [1], t: 2 }));
const { a: { b: b2 }, a: again, ...r4 } = { a: { b: 3 }, f: 6 };
console.log(b2, again, r4);
