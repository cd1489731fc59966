// destroy() from inside a 'data' handler: no more 'data', no 'end', 'close' follows; destroy(err) inside
// 'data' emits 'error' then 'close'; the pipe destination is unpiped but not ended.
const { Readable, Writable, PassThrough } = require('stream');
const r = Readable.from(['a', 'b', 'c', 'd'], { objectMode: true });
r.on('data', (c) => {
  console.log('data', c);
  if (c === 'b') {
    r.destroy();
    console.log('destroyed in data, readableLength', r.readableLength, 'destroyed', r.destroyed);
  }
});
r.on('end', () => console.log('end (unexpected)'));
r.on('close', () => {
  console.log('close, readableAborted', r.readableAborted);
  step2();
});
function step2() {
  const r2 = new Readable({ read() {} });
  r2.push('x');
  r2.push('y');
  r2.on('data', (c) => {
    console.log('r2 data', String(c));
    r2.destroy(new Error('stop at ' + c));
  });
  r2.on('error', (e) => console.log('r2 error', e.message));
  r2.on('close', () => {
    console.log('r2 close, errored', r2.errored && r2.errored.message);
    step3();
  });
}
function step3() {
  const src = new PassThrough();
  const got = [];
  const dst = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  dst.on('unpipe', () => console.log('dst unpipe'));
  dst.on('finish', () => console.log('dst finish (unexpected)'));
  src.on('data', (c) => {
    if (String(c) === '2') src.destroy();
  });
  src.on('close', () => setImmediate(() => {
    console.log('dst got', got.join(','), 'dst writableEnded', dst.writableEnded, 'dst destroyed', dst.destroyed);
  }));
  src.pipe(dst);
  src.write('1');
  src.write('2');
  src.write('3');
}
