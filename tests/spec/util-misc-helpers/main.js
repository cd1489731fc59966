// Assorted util helpers: isDeepStrictEqual, toUSVString, stripVTControlCharacters, getSystemErrorName/Map, types, inspect of classes/errors.
const util = require('util');
console.log(util.toUSVString('a\ud800b'), util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-17));
console.log('errno map has ENOENT', util.getSystemErrorMap().get(-2));
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
class Point3 extends Point {
  constructor() { super(1, 2); this.z = 3; }
}
console.log(util.inspect(new Point(1, 2)), util.inspect(new Point3()), util.inspect(Point), util.inspect(Point3));
console.log(util.inspect(Object.assign(new Error('with props'), { code: 'E_X' })).split('\n')[0]);
console.log(util.inspect([undefined, null, , 3]), util.inspect([, , ,]));
console.log(util.inspect(new Array(5)), util.inspect(Object.assign([1, 2], { extra: true })));
console.log(util.inspect({ 'needs-quotes': 1, valid_id: 2, 3: 'num', [Symbol('s')]: 4 }));
console.log(util.inspect(-0), util.inspect([-0]), util.inspect(0.1 + 0.2), util.inspect(123456789012345678901234567890n));
console.log(util.inspect(function named() {}), util.inspect(() => {}), util.inspect(async function af() {}), util.inspect(function* g() {}));
console.log(util.inspect(Object.assign(function withProps() {}, { a: 1 })));
console.log(util.inspect(new WeakMap()), util.inspect(Symbol.iterator), util.inspect(new Date(NaN)));
console.log(util.inspect(new (class extends Map {})([[1, 2]])));
console.log(util.inspect({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(20) }));
console.log(util.inspect(new Proxy({ target: 1 }, {})), util.inspect(new Proxy({ t: 1 }, {}), { showProxy: true }));
