// stream.finished (callback) and stream/promises finished: success, premature close, error; cleanup function.
const { finished, Readable, Writable } = require('stream');
const fp = require('stream/promises').finished;
const r = Readable.from(['a', 'b']);
finished(r, (err) => console.log('readable finished, err =', err));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
const cleanup = finished(w, (err) => console.log('writable finished, err =', err));
console.log('finished returns a cleanup function:', typeof cleanup);
w.end('x');
const early = new Readable({ read() {} });
finished(early, (err) => console.log('premature:', err.code, err.message));
early.destroy();
const bad = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
bad.on('error', () => {});
fp(bad).then(
  () => console.log('unexpected resolve'),
  (err) => console.log('promise finished rejected:', err.message),
);
bad.write('z');
const ok = Readable.from(['1']);
fp(ok).then((v) => console.log('promise finished resolved with', v));
ok.resume();
const ignored = new Writable({ write(c, e, cb) { cb(); } });
const stop = finished(ignored, () => console.log('never printed'));
stop();
ignored.destroy();
setImmediate(() => console.log('immediate: done'));
