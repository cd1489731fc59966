// An array method given a non-function from a member chain or a computed key: V8 names the value, else undefined.
const o = { n: 1, a: { b: 1 } };
const k = 'n';
const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
t(() => [1].map(o.a.b));
t(() => [1].map(o[k]));
t(() => [1].forEach(o['n']));
t(() => [1].filter(o.missing));
t(() => [1].reduce(o.a));
