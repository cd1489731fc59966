// writable.write(null) throws ERR_STREAM_NULL_VALUES synchronously; uncaught, node prints the throw site in its
// own lib/internal/streams/writable.js as the header, then the error with its code, and exits with 1.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('wrote', String(chunk));
    cb();
  },
});
w.write('first');
process.on('exit', (code) => console.log('exit', code, 'writableLength', w.writableLength));
w.write(null);
console.log('not reached');
