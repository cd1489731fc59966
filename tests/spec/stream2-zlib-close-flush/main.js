// zlib stream close(callback) reports premature close through finished(), flush(callback) is an empty write
// (its callback follows the earlier writes), _closed, and the stream classes' identity.
const zlib = require('zlib');
const g = zlib.createGzip();
g.close((err) => console.log('close cb', err && err.code));
const d = zlib.createDeflate();
d.on('data', () => {});
d.end('abc', () => {
  d.close((err) => console.log('close after end cb', err && err.code));
});
const i = zlib.createInflate();
console.log(typeof i.flush, typeof i.params, typeof i.reset, i._closed, typeof zlib.Gzip, zlib.createGzip() instanceof zlib.Gzip, zlib.Gzip.name);
i.flush(() => console.log('flush cb'));
