// util.types.* checks and util.isDeepStrictEqual / util.isArray / util.inherits.
const util = require('util');
const t = util.types;
const values = {
  promise: Promise.resolve(),
  thenable: { then() {} },
  asyncFn: async () => {},
  genFn: function* () {},
  genObj: (function* () {})(),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  date: new Date(0),
  regexp: /x/g,
  u8: new Uint8Array(2),
  buffer: Buffer.alloc(1),
  arrayBuffer: new ArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  proxy: new Proxy({}, {}),
  boxedString: new String('s'),
  boxedNumber: Object(1),
  error: new TypeError('x'),
  args: (function () { return arguments; })(),
  bigint64: new BigInt64Array(1),
  symbolObj: Object(Symbol('s')),
};
const checks = ['isPromise', 'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isMap', 'isSet', 'isWeakMap', 'isDate', 'isRegExp', 'isUint8Array', 'isTypedArray', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isProxy', 'isBoxedPrimitive', 'isStringObject', 'isNumberObject', 'isNativeError', 'isArgumentsObject', 'isBigInt64Array', 'isSymbolObject'];
for (const [name, v] of Object.entries(values)) {
  const hits = checks.filter((c) => t[c](v));
  console.log(name.padEnd(12), hits.join(','));
}
console.log('isDeepStrictEqual', util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log('util.isArray', util.isArray([]), util.isArray({ length: 0 }));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log('inherits', d.speak(), d instanceof Animal, Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
try {
  util.inherits(Dog, null);
} catch (e) {
  console.log('inherits null', e.code, e.message);
}
console.log('util.types === require("util/types")', t === require('util/types'));
