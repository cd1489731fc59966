// The legacy stream.Stream: a bare EventEmitter with Stream.prototype.pipe (no backpressure machinery):
// pipe into a Writable, 'end' ends the destination, 'close' destroys it, and errors with no listener rethrow.
const { Stream, Writable } = require('stream');
const src = new Stream();
src.readable = true;
const got = [];
const dst = new Writable({
  write(chunk, enc, cb) {
    got.push(String(chunk));
    cb();
  },
});
dst.on('pipe', (s) => console.log('dst pipe, source is Stream', s === src));
dst.on('finish', () => console.log('dst finish', got.join('')));
console.log('pipe returns dst', src.pipe(dst) === dst);
src.emit('data', 'abc');
src.emit('data', 'def');
src.emit('end');
console.log('listeners after end', src.listenerCount('data'), src.listenerCount('end'));

const src2 = new Stream();
const dst2 = new Writable({ write(c, e, cb) { cb(); } });
dst2.on('close', () => console.log('dst2 close (destroyed by source close)', dst2.destroyed));
src2.pipe(dst2);
src2.emit('close');

const src3 = new Stream();
const dst3 = new Stream();
dst3.writable = true;
dst3.write = (c) => { console.log('dst3 write', String(c)); return false; };
dst3.end = () => console.log('dst3 end');
src3.pause = () => console.log('src3 paused');
src3.resume = () => console.log('src3 resumed');
src3.readable = true;
src3.pipe(dst3, { end: false });
src3.emit('data', 'x');
dst3.emit('drain');
src3.emit('end');
try {
  src3.emit('error', new Error('no one listens'));
} catch (e) {
  console.log('rethrown:', e.message);
}
console.log('Stream instance of EventEmitter', src instanceof require('events'));
console.log('new Stream() keys', Object.keys(new Stream()).join(','));
