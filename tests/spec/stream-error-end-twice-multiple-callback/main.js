// end() twice (callback gets ERR_STREAM_ALREADY_FINISHED), calling a _write callback twice (ERR_MULTIPLE_CALLBACK).
const { Writable, Transform } = require('stream');
const log = (m) => console.log(m);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => log('w error event: ' + err.code));
w.end('a', () => log('first end cb'));
w.end(() => log('second end() before finish: cb called, no error arg'));
w.on('finish', () => {
  log('finish');
  w.end((err) => log('end() after finish cb: ' + (err && err.code) + ' | ' + (err && err.message)));
});
const twice = new Writable({
  write(c, e, cb) {
    cb();
    cb();
  },
});
twice.on('error', (err) => log('twice error: ' + err.name + ' ' + err.code + ' | ' + err.message));
twice.on('close', () => log('twice close'));
twice.write('x');
const t = new Transform({
  transform(c, e, cb) {
    cb(null, c);
    cb(null, c);
  },
});
t.on('error', (err) => log('transform error: ' + err.code));
t.resume();
t.write('y');
log('sync end');
