// Small buffers share node's 8 KiB allocation pool: `buf.buffer` is the whole pool, not just the bytes.
// (Everything is measured before the first console.log: a console write to a file takes pool space too.)
const a = Buffer.from('hi');
const b = Buffer.from('hello');
const c = Buffer.from([1, 2, 3]);
const d = Buffer.allocUnsafe(10);
const e = Buffer.alloc(10);
const f = Buffer.allocUnsafeSlow(10);
const g = Buffer.from('x'.repeat(5000));
const h = Buffer.concat([a, b]);
const i = Buffer.of(1, 2);
const j = Buffer.from('');
const k = Buffer.from('68656c6c6f', 'hex');
const rows = Object.entries({ a, b, c, d, e, f, g, h, i, j, k })
  .map(([name, buf]) => `${name}: length=${buf.length} offset=${buf.byteOffset} pool=${buf.buffer.byteLength}`);

// The classic mistake: viewing the whole pool instead of the buffer's bytes.
const wrong = new Uint8Array(b.buffer);
const right = new Uint8Array(b.buffer, b.byteOffset, b.length);
const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);

console.log(rows.join('\n'));
console.log('wrong view length:', wrong.length, 'right view:', Buffer.from(right).toString());
console.log('dataview:', dv.getUint8(0), dv.getUint8(2), dv.byteLength);
console.log('poolSize:', Buffer.poolSize);
console.log(k.toString(), h.toString(), Buffer.isBuffer(d), d.length);
