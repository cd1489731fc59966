// A pipe destination whose _write fails, with no 'error' listener of its own: pipe()'s internal error handler
// unpipes and rethrows the error as unhandled on the Writable (exit code 1, "Emitted 'error' event on Writable").
const { Readable, Writable } = require('stream');
const src = Readable.from(['a', 'b', 'c']);
const dst = new Writable({
  write(chunk, enc, cb) {
    console.log('writing', String(chunk));
    cb(new Error('disk full'));
  },
});
src.on('end', () => console.log('src end (not reached)'));
dst.on('unpipe', () => console.log('unpiped'));
src.pipe(dst);
