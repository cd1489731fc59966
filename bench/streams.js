// Streams: 8 MiB in 16 KiB chunks through Readable -> Transform (latin1 upper-casing) -> Writable with
// backpressure (the sink completes each write on the next tick); checksum over the bytes that arrive.
const { Readable, Transform, Writable, pipeline } = require('stream');
const CHUNKS = 512;
const SIZE = 16 * 1024;
const base = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) base[i] = 97 + (i % 26);
let made = 0;
const src = new Readable({
  read() {
    if (made === CHUNKS) this.push(null);
    else { made++; this.push(base); }
  },
});
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, Buffer.from(chunk.toString('latin1').toUpperCase(), 'latin1')); },
});
let bytes = 0;
let sum = 0;
const sink = new Writable({
  write(chunk, enc, cb) {
    bytes += chunk.length;
    sum = (sum * 31 + chunk[0] + chunk[chunk.length - 1]) % 1000000007;
    process.nextTick(cb);
  },
});
pipeline(src, upper, sink, (err) => console.log('streams', err ? err.message : 'ok', bytes, 'checksum', sum));
