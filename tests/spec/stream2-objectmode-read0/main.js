// Object-mode read(0) / read(n): read(0) triggers _read without returning data, read(n) returns one object
// whatever n is, falsy values (0, '', false) are real chunks, and readableLength counts objects.
const { Readable } = require('stream');
let reads = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 3,
  read(n) {
    reads++;
    console.log('_read called with', n, 'length', this.readableLength);
  },
});
console.log('read(0) ->', r.read(0), 'reads', reads);
r.push(0);
r.push('');
r.push(false);
console.log('length', r.readableLength, 'push returns at hwm', r.push({ k: 1 }));
console.log('read(100) ->', r.read(100));
console.log('read(0) ->', r.read(0), 'length', r.readableLength);
console.log('read() ->', JSON.stringify(r.read()), 'read() ->', r.read());
console.log('read() ->', r.read(), 'length', r.readableLength);
process.nextTick(() => {
  console.log('after tick reads', reads);
  r.push(null);
  console.log('read() after null ->', r.read(), 'ended', r.readableEnded);
  r.on('end', () => console.log('end emitted'));
  console.log('read(0) at end ->', r.read(0));
});

const r2 = new Readable({ objectMode: true, read() {} });
r2.on('readable', () => {
  let v;
  const got = [];
  while ((v = r2.read()) !== null) got.push(v);
  console.log('readable event got', JSON.stringify(got));
});
r2.push([1]);
r2.push(undefined);
r2.push('x');
setImmediate(() => {
  try {
    r2.push(null);
    r2.push('late');
  } catch (e) {
    console.log('thrown', e.code);
  }
});
r2.on('error', (e) => console.log('r2 error', e.code, e.message));
r2.on('end', () => console.log('r2 end'));
