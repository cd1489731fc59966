// Backpressure done right: write 1 MiB in 1 KiB chunks into a slow Writable, stopping on write() === false until 'drain'.
const { Writable } = require('stream');
const TOTAL = 1024 * 1024;
const CHUNK = 1024;
let received = 0;
let writes = 0;
const slow = new Writable({
  write(chunk, enc, cb) {
    received += chunk.length;
    writes++;
    setImmediate(cb);
  },
});
let sent = 0;
let falses = 0;
let drains = 0;
let peak = 0;
function produce() {
  while (sent < TOTAL) {
    const chunk = Buffer.alloc(CHUNK, sent / CHUNK % 256);
    sent += CHUNK;
    const ok = slow.write(chunk);
    peak = Math.max(peak, slow.writableLength);
    if (!ok) {
      falses++;
      slow.once('drain', () => {
        drains++;
        produce();
      });
      return;
    }
  }
  slow.end();
}
slow.on('finish', () => {
  console.log('hwm', slow.writableHighWaterMark);
  console.log('sent', sent, 'received', received, '_write calls', writes);
  console.log('write() returned false', falses, 'times; drain events', drains);
  console.log('peak writableLength', peak, 'bounded by hwm:', peak <= slow.writableHighWaterMark);
});
produce();
console.log('first burst stopped after', sent, 'bytes; writableLength', slow.writableLength, 'needDrain', slow.writableNeedDrain);
