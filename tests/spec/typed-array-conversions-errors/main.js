// Converting between typed arrays wraps (ToInt16, ToUint8...) and clamps half-to-even; errors are V8's.
console.log(new Int16Array(new Float64Array([70000.9, -1.9, NaN])));
console.log(new Uint8Array(new Float32Array([300, -1])), new Int8Array(new Int32Array([200])));
console.log(new Uint32Array(new Float64Array([-1])), new Uint8ClampedArray(new Float64Array([2.5, 3.5, 300])));
console.log(new BigInt64Array(new BigUint64Array([2n ** 64n - 1n])), new Uint8Array(new Int8Array([-1])));
class Bytes extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const b = new Bytes(new Float64Array([257, 1.5]));
console.log(b, b.sum(), b instanceof Bytes, Object.getPrototypeOf(Int16Array).name, Int16Array.BYTES_PER_ELEMENT);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, `${e.name}: ${e.message}`); } };
const header = new ArrayBuffer(6);
const dv = new DataView(header);
t('setUint8 past end', () => dv.setUint8(6, 1));
t('getInt8 negative', () => dv.getInt8(-1));
t('setBigInt64 number', () => new DataView(new ArrayBuffer(8)).setBigInt64(0, 1));
t('DataView bad offset', () => new DataView(header, 7));
t('DataView bad length', () => new DataView(header, 2, 10));
t('Int32Array misaligned', () => new Int32Array(new ArrayBuffer(8), 2));
t('Float64Array length', () => new Float64Array(new ArrayBuffer(9)));
t('Int32Array too long', () => new Int32Array(new ArrayBuffer(8), 4, 2));
t('Uint8Array offset', () => new Uint8Array(new ArrayBuffer(8), 9));
t('huge alloc', () => new Uint8Array(2 ** 40));
t('set overflow', () => new Uint8Array(2).set([1, 2, 3]));
t('set negative offset', () => new Uint8Array(2).set([1], -1));
t('with out of range', () => new Uint8Array(2).with(5, 1));
t('array with', () => [1, 2].with(5, 0));
t('BigInt64Array from number', () => new BigInt64Array([1]));
t('BigInt64Array from Int8Array', () => new BigInt64Array(new Int8Array(2)));
t('map on plain array', () => Int8Array.prototype.map.call([1], (x) => x));
new DataView(new ArrayBuffer(4)).getFloat64(0);
