// The state getters through a stream's life: readableDidRead, readableAborted, errored, closed,
// writableCorked, writableFinished, writableEnded, writableNeedDrain, writableAborted, destroyed.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
function rstate(tag, r) {
  console.log(tag, JSON.stringify({
    didRead: r.readableDidRead, aborted: r.readableAborted, ended: r.readableEnded, flowing: r.readableFlowing,
    length: r.readableLength, errored: r.errored && r.errored.message, closed: r.closed, destroyed: r.destroyed,
    readable: r.readable,
  }));
}
function wstate(tag, w) {
  console.log(tag, JSON.stringify({
    corked: w.writableCorked, ended: w.writableEnded, finished: w.writableFinished, needDrain: w.writableNeedDrain,
    length: w.writableLength, aborted: w.writableAborted, errored: w.errored && w.errored.message, closed: w.closed,
    destroyed: w.destroyed, writable: w.writable,
  }));
}
const r = new Readable({ read() {} });
rstate('r new', r);
r.push('abc');
r.read(1);
rstate('r after read', r);
r.destroy();
rstate('r destroyed sync', r);
r.on('close', () => rstate('r close', r));

const r2 = new Readable({ read() {} });
r2.push('x');
r2.push(null);
r2.on('end', () => rstate('r2 end', r2));
r2.on('close', () => rstate('r2 close', r2));
r2.resume();

const r3 = new Readable({ read() {} });
r3.on('error', () => rstate('r3 error', r3));
r3.destroy(new Error('r3 bad'));

const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
wstate('w new', w);
w.cork();
w.cork();
w.write('abc');
wstate('w corked twice', w);
w.uncork();
wstate('w uncork once', w);
w.uncork();
wstate('w uncorked', w);
w.end('z');
wstate('w ending', w);
w.on('finish', () => wstate('w finish', w));
w.on('close', () => wstate('w close', w));

const w2 = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w2.write('pending');
w2.destroy();
wstate('w2 destroyed with pending write', w2);

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.destroy(new Error('duplex bad'));
d.on('error', () => {});
console.log('duplex aborted', d.readableAborted, d.writableAborted, d.errored.message);

const p = new PassThrough();
console.log('passthrough didRead before', p.readableDidRead);
p.on('data', () => {});
p.write('q');
setImmediate(() => console.log('passthrough didRead after data', p.readableDidRead));
