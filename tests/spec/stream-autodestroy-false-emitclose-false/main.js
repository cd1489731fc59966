// autoDestroy:false keeps streams alive after end/finish (no 'close'); emitClose:false suppresses 'close' on destroy.
const { Readable, Writable } = require('stream');
const log = (m) => console.log(m);
const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
r.on('end', () => {
  log('r end; destroyed ' + r.destroyed);
  setImmediate(() => {
    log('r still not destroyed: ' + r.destroyed + ', calling destroy()');
    r.destroy();
  });
});
r.on('close', () => log('r close (after manual destroy)'));
r.resume();
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w.on('finish', () => log('w finish; destroyed ' + w.destroyed));
w.on('close', () => log('w close (unexpected)'));
w.end('x');
const q = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
q.on('finish', () => {
  log('q finish');
  setImmediate(() => log('q destroyed ' + q.destroyed + ' closed ' + q.closed + ' but no close event'));
});
q.on('close', () => log('q close (unexpected)'));
q.end('y');
const e = new Readable({ emitClose: false, read() {} });
e.on('error', (err) => log('e error ' + err.message + ', destroyed ' + e.destroyed));
e.on('close', () => log('e close (unexpected)'));
e.destroy(new Error('quiet'));
log('sync end');
