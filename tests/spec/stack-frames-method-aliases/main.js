// V8's method-name aliases: an object literal's getter (get p [as p]) and a function called by another property name (Object.f [as m]).
const o = { get p() { return new Error().stack.split('\n')[1]; } };
console.log(o.p.split(__dirname).join('<dir>'));
function target() { return new Error().stack.split('\n')[1].split(__dirname).join('<dir>'); }
console.log({ go: target }.go());
const m = { method() { return new Error().stack.split('\n')[1].split(__dirname).join('<dir>'); } };
console.log(m.method());
const alias = m.method; console.log(alias());
