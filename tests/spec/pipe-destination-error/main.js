// A transform that fails, piped into with no 'error' listener: node's pipe re-emits the error on it.
const { Readable, Transform } = require('stream');
class Upper extends Transform {
  _transform(chunk, enc, cb) {
    cb(new Error(`cannot transform ${chunk}`));
  }
}
Readable.from(['a', 'b']).pipe(new Upper());
