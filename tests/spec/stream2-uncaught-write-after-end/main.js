// write() after end() without an 'error' listener: ERR_STREAM_WRITE_AFTER_END is emitted asynchronously and
// crashes the process with node's "Emitted 'error' event on Writable instance at:" report and its code.
const { Writable } = require('stream');
class Sink extends Writable {
  _write(chunk, enc, cb) {
    console.log('wrote', String(chunk));
    cb();
  }
}
const w = new Sink();
w.end('last');
console.log('write returned', w.write('too late', (err) => console.log('write cb:', err.code)));
