// One source piped to several destinations while flowing; unpipe one in the middle (from its own write),
// the others keep receiving; the slowest destination's backpressure pauses the source for everyone.
const { Readable, Writable } = require('stream');
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 8) this.push(null);
    else this.push('c' + n + ';');
  },
});
function dest(name, opts = {}) {
  const got = [];
  const w = new Writable({
    highWaterMark: opts.hwm || 16,
    write(chunk, enc, cb) {
      got.push(String(chunk));
      if (opts.onWrite) opts.onWrite(got.length);
      if (opts.slow) setImmediate(cb);
      else cb();
    },
  });
  w.on('unpipe', () => console.log(name, 'unpipe after', got.length, 'chunks'));
  w.on('finish', () => console.log(name, 'finish', got.join('')));
  w.on('drain', () => console.log(name, 'drain'));
  return w;
}
const a = dest('A');
const b = dest('B', { onWrite: (k) => { if (k === 3) src.unpipe(b); } });
const c = dest('C', { slow: true, hwm: 6 });
src.pipe(a);
src.pipe(b);
src.pipe(c);
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
src.on('end', () => console.log('src end, pipes left', src._readableState.pipes.length));
setTimeout(() => console.log('B ended?', b.writableEnded, 'B finished?', b.writableFinished), 50);
