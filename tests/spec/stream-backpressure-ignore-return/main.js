// Backpressure ignored: writing 1 MiB in 16 KiB chunks without checking write(): the whole payload queues in memory.
const { Writable } = require('stream');
const TOTAL = 1024 * 1024;
const CHUNK = 16 * 1024;
let writes = 0;
const slow = new Writable({
  write(chunk, enc, cb) {
    writes++;
    process.nextTick(cb);
  },
});
let drains = 0;
slow.on('drain', () => {
  drains++;
  console.log('drain #' + drains, 'at _write call', writes);
});
let peak = 0;
let falses = 0;
for (let sent = 0; sent < TOTAL; sent += CHUNK) {
  if (!slow.write(Buffer.alloc(CHUNK))) falses++;
  peak = Math.max(peak, slow.writableLength);
}
console.log('after the loop: writableLength', slow.writableLength, 'buffered requests', slow.writableBuffer.length, '_write calls so far', writes);
console.log('write() returned false', falses, 'of', TOTAL / CHUNK, 'times');
console.log('peak writableLength', peak, '=== TOTAL', peak === TOTAL, '; x hwm', peak / slow.writableHighWaterMark);
slow.on('finish', () => console.log('finish: _write calls', writes, 'drains', drains));
setImmediate(() => {
  console.log('immediate: writableLength', slow.writableLength);
  slow.end();
});
