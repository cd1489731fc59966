// read(0) triggers _read without consuming data; reading more than buffered before/after end.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    calls++;
    console.log('_read #' + calls, 'length', this.readableLength);
    if (calls <= 2) this.push('xy' + calls);
    else if (calls === 3) this.push(null);
  },
});
console.log('read(0) ->', r.read(0), 'calls', calls, 'length', r.readableLength);
process.nextTick(() => {
  console.log('tick: calls', calls, 'length', r.readableLength);
  const m = r.read(10);
  console.log('read(10) more than buffered ->', m && m.toString(), 'length', r.readableLength);
  setImmediate(() => {
    console.log('immediate: calls', calls, 'length', r.readableLength, 'readableEnded', r.readableEnded);
    const c = r.read(10);
    console.log('read(10) after EOF ->', c && c.toString(), 'length', r.readableLength);
    console.log('read(0) after EOF ->', r.read(0));
  });
});
r.on('readable', () => console.log('readable event, length', r.readableLength));
r.on('end', () => console.log('end, calls', calls));
