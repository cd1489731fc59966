// V8's messages and positions for spreading a nullish value, a const updated, an optional chain's base, URI
// functions and 'this' before super().
const show = (f) => { try { f(); } catch (e) { console.log(e.message, '|', e.stack.split("\n")[1].split(__dirname).join(".")); } };
let nums; const data = { items: null };
show(() => Math.max(...nums));
show(() => [...nums]);
show(() => { const [a] = nums; });
show(() => { for (const x of data.items) ; });
show(() => { for (const x of nums) ; });
show(() => Math.max(...data.items));
show(() => { const c = 1; c++; });
show(() => { const c = 1; ++c; });
show(() => { const c = 1; c += 2; });
show(() => { const c = 1; c = 2; });
const o = { a: undefined };
show(() => o?.x.y);
show(() => o.a?.b.c);
show(() => o?.a.b);
show(() => decodeURI('%E0%A4%A'));
show(() => encodeURIComponent('\uD800'));
class A {}
class B extends A { constructor() { this.x = 1; super(); } }
show(() => new B());
function sum(...args) { return args.reduce((a, b) => a + b, 0); }
console.log(sum(...nums));
