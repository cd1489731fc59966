// destroy(err): 'error' then 'close', both asynchronous; errored/destroyed/closed flags; _destroy hook sees the error.
const { Readable, Writable } = require('stream');
const log = (m) => console.log(m);
const r = new Readable({
  read() {},
  destroy(err, cb) {
    log('_destroy called with ' + (err && err.message));
    cb(err);
  },
});
r.on('error', (err) => log('r error: ' + err.message + ' (closed ' + r.closed + ')'));
r.on('close', () => log('r close (closed ' + r.closed + ')'));
r.on('end', () => log('r end (never)'));
const boom = new Error('boom');
const ret = r.destroy(boom);
log('destroy returned this: ' + (ret === r) + '; destroyed ' + r.destroyed + ' errored is boom ' + (r.errored === boom));
r.destroy(new Error('second'));
log('second destroy ignored, errored still boom: ' + (r.errored === boom));
process.nextTick(() => log('tick after destroy'));
Promise.resolve().then(() => log('microtask after destroy'));
const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    log('w _destroy replaces error');
    cb(new Error('replaced'));
  },
});
w.on('error', (err) => log('w error: ' + err.message));
w.on('close', () => log('w close, errored: ' + (w.errored && w.errored.message)));
w.write('pending', (err) => log('w write cb err: ' + (err && err.code)));
w.destroy(new Error('original'));
log('sync end');
