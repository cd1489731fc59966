// Full event order through src.pipe(transform).pipe(dst) with in-memory streams, interleaved with ticks and microtasks.
const { Readable, Transform, Writable } = require('stream');
const log = (m) => console.log(m);
const src = new Readable({ read() {} });
const mid = new Transform({
  transform(c, e, cb) {
    log('  mid transform ' + c);
    cb(null, c + '+');
  },
});
const dst = new Writable({
  write(c, e, cb) {
    log('  dst write ' + c);
    cb();
  },
});
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  for (const ev of ['end', 'finish', 'close', 'pipe', 'unpipe', 'prefinish']) {
    s.on(ev, () => log(name + ' ' + ev));
  }
}
src.pipe(mid).pipe(dst);
src.push('a');
src.push('b');
src.push(null);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('micro 1'));
setImmediate(() => log('immediate 1'));
log('sync end');
