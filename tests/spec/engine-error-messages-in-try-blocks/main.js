// Engine errors caught in one-line try blocks name the operation that failed there (V8's wording), not the first
// candidate in the file: iterables, subscripts with literal-bound keys, nested and parameter patterns.
try { [...123]; } catch (e) { console.log(e.message); }
const o = {a:1};
try { for (const x of o) {} } catch (e) { console.log(e.message); }
const k = Symbol("k"); const n = null; const key = "b";
try { n[k]; } catch (e) { console.log(e.message); }
try { n[key]; } catch (e) { console.log(e.message); }
let u;
try { const { length } = u; } catch (e) { console.log(e.message); }
try { const { p } = null; } catch (e) { console.log(e.message); }
try { const { a: { b } } = {}; } catch (e) { console.log(e.message); }
function f({a}){}
try { f(); } catch (e) { console.log(e.message); }
const list = [1];
for (const t of list) { try { const [a] = {}; } catch (e) { console.log(e.message); } }
try { const [z] = {}; } catch (e) { console.log(e.message); }
try { const [a] = {x: 1}; } catch (e) { console.log(e.message); }
try { const [a] = {}; } catch (e) { console.log(e.message); }
try { for (const x of {a: 1}) {} } catch (e) { console.log(e.message); }
try { const [a] = 5; } catch (e) { console.log(e.message); }
try { const [a] = null; } catch (e) { console.log(e.message); }
try { const { a: { b } } = { a: null }; } catch (e) { console.log(e.message); }
try { const { a: { b } } = {}; } catch (e) { console.log(e.message); }
const g2 = ({ a, b }) => a;
try { g2(); } catch (e) { console.log(e.message); }
try { g2(null); } catch (e) { console.log(e.message); }
function h2([x, y]) {}
try { h2(); } catch (e) { console.log(e.message); }
const n2 = null, k2 = "b";
try { n2[k2]; } catch (e) { console.log(e.message); }
try { n2[0]; } catch (e) { console.log(e.message); }
try { n2["q"]; } catch (e) { console.log(e.message); }
try { n2.q = 1; } catch (e) { console.log(e.message); }
try { n2[k2] = 1; } catch (e) { console.log(e.message); }
