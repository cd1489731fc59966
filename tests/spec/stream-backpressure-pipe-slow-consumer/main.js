// pipe() from a fast Readable into a slow Writable: the source's _read is throttled; buffers never exceed the hwms.
const { Readable, Writable } = require('stream');
const CHUNKS = 200;
let produced = 0;
let maxReadable = 0;
const fast = new Readable({
  highWaterMark: 64,
  read() {
    produced++;
    maxReadable = Math.max(maxReadable, this.readableLength);
    this.push(produced <= CHUNKS ? Buffer.alloc(16, produced) : null);
  },
});
let consumed = 0;
let maxWritable = 0;
let lagPeak = 0;
const slow = new Writable({
  highWaterMark: 32,
  write(chunk, enc, cb) {
    consumed++;
    maxWritable = Math.max(maxWritable, this.writableLength);
    lagPeak = Math.max(lagPeak, produced - consumed);
    setImmediate(cb);
  },
});
let drains = 0;
let pauses = 0;
slow.on('drain', () => drains++);
fast.on('pause', () => pauses++);
fast.pipe(slow).on('finish', () => {
  console.log('consumed', consumed, 'chunks; produced calls', produced);
  console.log('readable hwm', fast.readableHighWaterMark, 'max readableLength seen in _read', maxReadable);
  console.log('writable hwm', slow.writableHighWaterMark, 'max writableLength seen in _write', maxWritable);
  console.log('max chunks produced but not yet written', lagPeak);
  console.log('drain events', drains, 'pause events', pauses);
});
