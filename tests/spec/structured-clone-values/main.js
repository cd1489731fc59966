// structuredClone: Map/Set/Date/RegExp/typed arrays/nested and circular structures are deep-copied; functions and symbols throw DataCloneError.
const src = {
  map: new Map([['k', { v: 1 }]]),
  set: new Set([1, 'two', [3]]),
  date: new Date(Date.UTC(2020, 1, 29, 12)),
  re: /ab+c/gi,
  u8: new Uint8Array([1, 2, 3]),
  nested: { arr: [1, { deep: [true, null, undefined] }], big: 10n },
  neg0: -0,
  nan: NaN,
};
src.self = src;
const c = structuredClone(src);
console.log(c);
const srcErr = new RangeError('cloned error');
srcErr.code = 'E_CLONE';
const err = structuredClone(srcErr);
console.log('error clone', err !== srcErr, err instanceof RangeError, err.name, err.message, err.code, typeof err.stack);
console.log('identity differs', c !== src, c.map !== src.map, c.map.get('k') !== src.map.get('k'), c.self === c);
console.log('types kept', c.map instanceof Map, c.set instanceof Set, c.date instanceof Date, c.re instanceof RegExp, c.u8 instanceof Uint8Array);
console.log('values', c.date.toISOString(), c.re.source, c.re.flags, Object.is(c.neg0, -0));
class Custom { constructor() { this.x = 1; } method() {} }
const cc = structuredClone(new Custom());
console.log('class instance becomes plain object', cc, cc.constructor === Object, typeof cc.method);
const withProto = structuredClone(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } }));
console.log('only own enumerable', withProto, withProto.inherited);
const buf = structuredClone(Buffer.from('hi'));
console.log('Buffer clones to Uint8Array', buf, Buffer.isBuffer(buf));
for (const bad of [() => 1, Symbol('s'), { f() {} }, new WeakMap()]) {
  try {
    structuredClone(bad);
  } catch (e) {
    console.log('throws', e.name, e.constructor.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(4);
const moved = structuredClone(ab, { transfer: [ab] });
console.log('transfer detaches source', ab.byteLength, moved.byteLength);
