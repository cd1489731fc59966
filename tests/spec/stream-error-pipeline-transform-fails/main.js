// An erroring Transform in the middle of pipeline(): callback gets that error, every stream is destroyed, events logged.
const { pipeline, Readable, Transform, Writable } = require('stream');
const log = (m) => console.log(m);
let i = 0;
const src = new Readable({ objectMode: true, read() { this.push(++i <= 10 ? i : null); } });
const mid = new Transform({
  objectMode: true,
  transform(n, e, cb) {
    if (n === 4) return cb(new Error('cannot handle 4'));
    cb(null, n * 10);
  },
});
const got = [];
const dst = new Writable({ objectMode: true, write(v, e, cb) { got.push(v); cb(); } });
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  s.on('close', () => log(name + ' close'));
  s.on('error', (err) => log(name + ' error event: ' + err.message));
}
dst.on('finish', () => log('dst finish (unexpected)'));
pipeline(src, mid, dst, (err) => {
  log('pipeline cb: ' + err.message);
  log('got ' + JSON.stringify(got));
  log('destroyed src ' + src.destroyed + ' mid ' + mid.destroyed + ' dst ' + dst.destroyed);
  log('errored messages: src ' + (src.errored && src.errored.message) + ', mid ' + (mid.errored && mid.errored.message) + ', dst ' + (dst.errored && dst.errored.message));
});
