// util.inspect reads a Symbol.toStringTag getter once (V8 tells errors and arguments objects apart without
// reading properties).
let reads = 0;
const o = {};
Object.defineProperty(o, Symbol.toStringTag, { get() { reads++; return undefined; } });
console.log(o);
console.log(reads);
const tagged = { get [Symbol.toStringTag]() { reads++; return 'Custom'; }, x: 1 };
console.log(tagged);
console.log(reads);
function args() { return arguments; }
console.log(args(1, 'two'), [new RangeError('r').message]);
