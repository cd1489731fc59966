// One Readable piped to two Writables: both get every chunk; the slower destination throttles the source.
const { Readable, Writable } = require('stream');
let produced = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= 6 ? 'c' + produced : null);
  },
});
function sink(name, async) {
  const got = [];
  const w = new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) {
      got.push(chunk.toString());
      if (async) setImmediate(cb); else cb();
    },
  });
  w.on('finish', () => console.log(name, 'finish', JSON.stringify(got)));
  w.on('unpipe', () => console.log(name, 'unpipe'));
  return w;
}
const fast = sink('fast', false);
const slow = sink('slow', true);
let drains = 0;
slow.on('drain', () => drains++);
src.pipe(fast);
src.pipe(slow);
src.on('end', () => console.log('src end, produced', produced, 'slow drains', drains));
src.on('close', () => console.log('src close'));
