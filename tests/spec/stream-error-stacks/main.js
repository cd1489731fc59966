// Errors from stream code print node's own frames (node:internal/streams/...) between the user's: a
// Transform's callback error through a pipeline, a pipe from a PassThrough, write after end, push after EOF,
// an invalid chunk, an invalid highWaterMark and a missing _write.
const { Transform, Readable, Writable, PassThrough, pipeline } = require('stream');
const show = (label, e) => console.log(label, e.stack.split(__dirname).join('.'));
const upper = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'b') return cb(new Error('bad chunk'));
    cb(null, String(chunk).toUpperCase());
  },
});
const sink = new Writable({ write(c, e, cb) { console.log('sink', String(c)); cb(); } });
pipeline(Readable.from(['a', 'b', 'c']), upper, sink, (err) => {
  show('pipeline:', err);
  const t = new Transform({ transform(chunk, enc, cb) { cb(new Error('in pipe')); } });
  t.on('error', (e) => {
    show('pipe:', e);
    const w = new Writable({ write(c, e2, cb) { cb(); } });
    w.on('error', () => {});
    w.end();
    w.write('x', (e3) => {
      show('write after end:', e3);
      const r = new Readable({ read() {} });
      r.on('error', (e4) => {
        show('push after EOF:', e4);
        try { new Writable().write(5); } catch (e5) { show('invalid chunk:', e5); }
        try { new Readable({ highWaterMark: -1 }); } catch (e6) { show('highWaterMark:', e6); }
        const bare = new Writable();
        bare.on('error', (e7) => show('no _write:', e7));
        bare.write('x');
      });
      r.push(null);
      r.push('late');
    });
  });
  new PassThrough().end('x').pipe(t);
});
