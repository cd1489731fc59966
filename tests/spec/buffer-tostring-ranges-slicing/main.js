// toString(enc, start, end) ranges, subarray/slice both share memory (unlike TypedArray#slice), negative indexes, copy semantics.
const buf = Buffer.from('hello world');
console.log(buf.toString('utf8', 0, 5), '|', buf.toString(undefined, 6), '|', buf.toString('hex', 2, 4), '|', JSON.stringify(buf.toString('utf8', 8, 3)));
console.log('out-of-range start/end clamp', JSON.stringify(buf.toString('utf8', -5, 100)));
const sub = buf.subarray(0, 5);
const sl = buf.slice(6);
sub[0] = 0x48; // 'H'
sl[0] = 0x57; // 'W'
console.log('after writes through subarray/slice:', buf.toString());
console.log('negative indexes', buf.subarray(-5).toString(), buf.slice(-5, -2).toString());
const u8slice = Uint8Array.prototype.slice.call(buf, 0, 5);
u8slice[0] = 0x4a;
console.log('Uint8Array#slice copies', buf.toString(), Buffer.isBuffer(u8slice));
console.log('subarray is a Buffer', Buffer.isBuffer(sub), sub.buffer === buf.buffer, sub.byteOffset - buf.byteOffset);
const copy = Buffer.alloc(buf.length);
buf.copy(copy);
copy[0] = 0x21;
console.log('copy is independent', buf.toString(), copy.toString());
const target = Buffer.alloc(8, '-');
console.log('copy returns bytes copied', buf.copy(target, 2, 6, 9), target.toString());
console.log('copy overlapping within same buffer', (() => { const x = Buffer.from('abcdef'); x.copy(x, 2, 0, 4); return x.toString(); })());
const multi = Buffer.from('€uro');
console.log('toString cutting a multibyte char', JSON.stringify(multi.toString('utf8', 0, 2)), JSON.stringify(multi.toString('utf8', 1)));
console.log('length vs string length', multi.length, '€uro'.length);
