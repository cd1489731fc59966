// Buffer.from/alloc/allocUnsafe(length only)/concat/compare/equals, plus isBuffer/isEncoding and length edge cases.
const a = Buffer.from('abc');
const b = Buffer.from([0x61, 0x62, 0x64]);
console.log(a, b, Buffer.alloc(4), Buffer.alloc(5, 'ab'), Buffer.alloc(3, 0x41), Buffer.alloc(4, 'aGk=', 'base64'));
console.log('from array with out-of-range values', Buffer.from([256, -1, 3.7, '7', 'x']));
console.log('from ArrayBuffer shares memory');
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab, 1, 2);
new Uint8Array(ab)[1] = 9;
console.log(' ', view, view.length, view.byteOffset);
console.log('from buffer copies', (() => { const c = Buffer.from(a); c[0] = 0x7a; return [a.toString(), c.toString()]; })());
console.log('allocUnsafe length', Buffer.allocUnsafe(10).length, 'poolSize', Buffer.poolSize);
console.log('concat', Buffer.concat([a, b]), Buffer.concat([a, b], 4), Buffer.concat([a], 5), Buffer.concat([]).length);
console.log('compare', Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, Buffer.from('abc')));
console.log('a.compare(b, ranges)', a.compare(b, 0, 2, 0, 2));
console.log('sort', [b, a, Buffer.from('ab')].sort(Buffer.compare).map(String));
console.log('equals', a.equals(Buffer.from('abc')), a.equals(b), a.equals(new Uint8Array([0x61, 0x62, 0x63])));
console.log('isBuffer', Buffer.isBuffer(a), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('abc'));
console.log('instanceof Uint8Array', a instanceof Uint8Array);
console.log('isEncoding', ['utf8', 'UTF-8', 'hex', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'ascii', 'utf32', ''].map((e) => `${e}:${Buffer.isEncoding(e)}`).join(' '));
try {
  Buffer.from(42);
} catch (e) {
  console.log('Buffer.from(42):', e.name, e.code, e.message);
}
try {
  Buffer.alloc(-1);
} catch (e) {
  console.log('alloc(-1):', e.name, e.code, e.message);
}
try {
  Buffer.concat([a, 'str']);
} catch (e) {
  console.log('concat non-buffer:', e.name, e.code, e.message);
}
