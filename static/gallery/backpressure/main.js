// Watch the streams panel: part 1 ignores write()'s return value and the buffer balloons to the whole
// payload; part 2 stops when write() returns false and waits for 'drain', so the buffer never passes 16 KiB.
const { Writable } = require('stream');
const TOTAL = 256 * 1024, CHUNK = 4 * 1024;
function slowSink(name, then) {
  const sink = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk, enc, done) { setImmediate(done); }, // the consumer takes one chunk per loop turn
  });
  Object.assign(sink, { peak: 0, falses: 0, drains: 0 }).on('drain', () => sink.drains++);
  sink.on('finish', () => {
    console.log(`${name}: write() said false ${sink.falses} times, peak writableLength ${sink.peak}, ` +
      `'drain' events ${sink.drains}`);
    if (then) then();
  });
  return sink;
}
function send(sink) {
  const ok = sink.write(Buffer.alloc(CHUNK));
  sink.peak = Math.max(sink.peak, sink.writableLength);
  if (!ok) sink.falses++; // write() says false once writableLength reaches the 16 KiB highWaterMark
  return ok;
}
// Part 1: ignore the return value; every chunk piles up in the Writable's buffer.
const careless = slowSink('ignoring  ', respectful);
for (let sent = 0; sent < TOTAL; sent += CHUNK) send(careless);
console.log(`ignoring  : loop done, ${careless.writableLength} bytes buffered in memory`);
careless.end();
// Part 2: stop on false, resume on 'drain'.
function respectful() {
  const sink = slowSink('respecting');
  let sent = 0;
  (function produce() {
    while (sent < TOTAL) {
      sent += CHUNK;
      if (!send(sink)) return sink.once('drain', produce); // pause until the buffer has emptied
    }
    sink.end();
  })();
}
