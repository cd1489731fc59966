// Destroying the destination in the middle of a pipe(): source is unpiped and paused but NOT destroyed; pipeline would destroy it.
const { Readable, Writable, pipeline } = require('stream');
const log = (m) => console.log(m);
function source(name) {
  let i = 0;
  const r = new Readable({ objectMode: true, read() { this.push(++i <= 100 ? i : null); } });
  r.on('close', () => log(name + ' source close'));
  return r;
}
function dest(name) {
  const w = new Writable({
    objectMode: true,
    write(v, e, cb) {
      if (v === 3) {
        log(name + ' dest destroying itself at ' + v);
        this.destroy();
      }
      cb();
    },
  });
  w.on('unpipe', () => log(name + ' dest unpipe'));
  w.on('close', () => log(name + ' dest close'));
  return w;
}
const s1 = source('pipe');
s1.pipe(dest('pipe'));
setImmediate(() => {
  log('pipe: source destroyed ' + s1.destroyed + ' flowing ' + s1.readableFlowing + ' ended ' + s1.readableEnded);
  const s2 = source('pipeline');
  pipeline(s2, dest('pipeline'), (err) => {
    log('pipeline cb: ' + err.code + ' source destroyed ' + s2.destroyed);
  });
});
