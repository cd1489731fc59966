// pipe() returns the destination and emits 'pipe'; unpipe() emits 'unpipe' and pauses the source; end:false keeps dest open.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const got = [];
const dst = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
dst.on('pipe', (s) => console.log('pipe event, source is src:', s === src));
dst.on('unpipe', (s) => console.log('unpipe event, source is src:', s === src));
dst.on('finish', () => console.log('dst finish', JSON.stringify(got)));
const ret = src.pipe(dst);
console.log('pipe returned dst:', ret === dst, 'flowing', src.readableFlowing);
src.push('one');
setImmediate(() => {
  src.unpipe(dst);
  console.log('after unpipe flowing', src.readableFlowing, 'got', JSON.stringify(got));
  src.push('two');
  setImmediate(() => {
    console.log('two is buffered:', src.readableLength, 'got', JSON.stringify(got));
    src.unpipe(dst);
    console.log('second unpipe is a no-op');
    src.pipe(dst, { end: false });
    src.push(null);
    src.on('end', () => {
      console.log('src end; dst writableEnded', dst.writableEnded, 'got', JSON.stringify(got));
      dst.end('manual');
    });
  });
});
