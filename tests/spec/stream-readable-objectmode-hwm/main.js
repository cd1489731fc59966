// objectMode Readable: default highWaterMark 16 objects, push() returns false at 16, any JS value but null can be pushed.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
console.log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
const results = [];
for (let i = 0; i < 18; i++) results.push(r.push({ i }));
console.log('push results', results.map((b) => (b ? 'T' : 'F')).join(''));
console.log('readableLength (objects)', r.readableLength);
const values = [0, '', false, [1, 2], 'str', 3.5, undefined];
const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
for (const v of values) console.log('push', JSON.stringify(v) ?? 'undefined', '->', o.push(v), 'len', o.readableLength);
o.push(null);
const got = [];
o.on('data', (v) => got.push(v));
o.on('end', () => {
  console.log('got', got.length, 'values');
  console.log(got);
  console.log('read(2) in objectMode returns one object:');
  const p = new Readable({ objectMode: true, read() {} });
  p.push('a'); p.push('b'); p.push('c');
  console.log(' read(2) ->', p.read(2), 'left', p.readableLength);
});
