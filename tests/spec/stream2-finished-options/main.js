// stream.finished with options: { readable: false } only waits for the writable side, { writable: false }
// only for the readable side, { error: false } ignores errors, the returned cleanup function, premature close,
// and finished on an already-finished stream.
const { finished, PassThrough, Readable, Writable, Duplex } = require('stream');
const fp = require('stream/promises').finished;
const d1 = new PassThrough();
finished(d1, { readable: false }, (err) => console.log('d1 writable side done', err, 'readableEnded', d1.readableEnded));
finished(d1, { writable: false }, (err) => console.log('d1 readable side done', err));
d1.end('x');
setImmediate(() => d1.resume());

const d2 = new PassThrough();
finished(d2, { error: false }, (err) => console.log('d2 error:false ->', err && err.code));
d2.on('error', (e) => console.log('d2 error event', e.message));
d2.destroy(new Error('d2 failed'));

const d3 = new PassThrough();
const cleanup = finished(d3, () => console.log('d3 should not be called'));
console.log('cleanup is', typeof cleanup);
cleanup();
d3.destroy();

const r4 = new Readable({ read() {} });
finished(r4, (err) => console.log('r4 premature', err.code, err.message));
r4.destroy();

const r5 = Readable.from(['a']);
r5.resume();
r5.on('end', () => {
  setImmediate(() => {
    finished(r5, (err) => console.log('r5 finished after end', err));
  });
});

const w6 = new Writable({ write(c, e, cb) { cb(); } });
fp(w6).then(() => console.log('w6 promise resolved', w6.writableFinished));
w6.end('z');

const w7 = new Writable({ write(c, e, cb) { cb(new Error('w7 write failed')); } });
fp(w7).catch((e) => console.log('w7 promise rejected', e.message));
w7.on('error', () => {});
w7.write('q');

const d8 = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
fp(d8, { readable: false }).then(() => console.log('d8 readable:false resolved'));
d8.end();

try {
  finished(null, () => {});
} catch (e) {
  console.log('finished(null)', e.code, e.message);
}
try {
  finished(new PassThrough(), 'x');
} catch (e) {
  console.log('finished(cb string)', e.code, e.message);
}
try {
  finished(new PassThrough(), { readable: 'no' }, () => {});
  console.log('non-boolean readable accepted');
} catch (e) {
  console.log('finished(bad opts)', e.code, e.message);
}
