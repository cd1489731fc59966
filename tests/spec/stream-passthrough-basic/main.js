// PassThrough: bytes in = bytes out, buffering until read, writable/readable hwm, used as a tee point in a pipe chain.
const { PassThrough, Writable } = require('stream');
const p = new PassThrough();
console.log('instanceof Transform', p instanceof require('stream').Transform);
console.log('hwms', p.readableHighWaterMark, p.writableHighWaterMark);
console.log('write ->', p.write('hello '), p.write(Buffer.from('world')));
process.nextTick(() => {
  console.log('tick: readableLength', p.readableLength, 'writableLength', p.writableLength);
  console.log('read() ->', String(p.read()));
  const small = new PassThrough({ highWaterMark: 4 });
  const rets = [];
  for (const s of ['ab', 'cd', 'ef', 'gh', 'ij']) rets.push(small.write(s));
  console.log('small hwm write returns', rets.join(' '), 'readableLength', small.readableLength, 'writableLength', small.writableLength);
  const sink = [];
  small.pipe(new Writable({ write(c, e, cb) { sink.push(c.toString()); cb(); } }))
    .on('finish', () => console.log('sink got', JSON.stringify(sink)));
  small.on('drain', () => console.log('small drain'));
  small.end();
});
const o = new PassThrough({ objectMode: true });
o.write({ a: 1 });
o.write([2]);
o.end();
o.on('data', (v) => console.log('object through', v));
