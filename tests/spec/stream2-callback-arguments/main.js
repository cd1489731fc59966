// What each stream callback is called with (argument count and values): write/end callbacks, finished,
// pipeline, destroy(err, cb), _final/_flush callbacks, Readable.from + toArray, and fs-free promise forms.
const { Writable, Readable, PassThrough, Transform, finished, pipeline } = require('stream');
const show = (label) => function () {
  console.log(label, arguments.length, Array.from(arguments).map((a) => (a instanceof Error ? a.code || a.message : a)));
};
const w = new Writable({ write(c, e, cb) { cb(); } });
w.write('a', show('write cb'));
w.end('b', show('end cb'));
finished(w, show('finished(w)'));
w.on('finish', show('finish event'));
w.on('close', show('close event'));

const p = new PassThrough();
pipeline(Readable.from(['x']), p, new Writable({ write(c, e, cb) { cb(); } }), show('pipeline cb'));

const d = new Readable({ read() {} });
d._destroy = function (err, cb) {
  console.log('_destroy got', err);
  cb(err);
};
d.destroy(null, show('destroy cb (no error)'));

const d2 = new Readable({ read() {}, destroy(err, cb) { cb(err); } });
d2.on('error', () => {});
d2.destroy(new Error('x'), show('destroy cb (error)'));

const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { console.log('flush cb type', typeof cb); cb(); },
  final(cb) { console.log('final cb type', typeof cb, 'length', cb.length); cb(); },
});
t.on('end', show('transform end event'));
t.end('z', show('transform end cb'));
t.resume();
const w3 = new Writable({ write(c, e, cb) { cb(null); } });
w3.write('x', show('write cb after cb(null)'));
const w4 = new Writable({ write(c, e, cb) { cb(undefined, 'extra'); } });
w4.write('x', show('write cb after cb(undefined, extra)'));
