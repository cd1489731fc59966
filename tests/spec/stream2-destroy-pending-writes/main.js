// destroy() with writes in flight and buffered: the in-flight callback still succeeds, buffered callbacks get
// ERR_STREAM_DESTROYED (also for a Duplex, which uses Writable's destroy), and _writev batching with hwm 3.
const { Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  highWaterMark: 3,
  write(c, e, cb) { log('_write', String(c)); setTimeout(cb, 1); },
  writev(chunks, cb) { log('_writev', chunks.map((c) => String(c.chunk)).join('+')); setTimeout(cb, 1); },
});
w.write('a', (e) => log('cb a', e && e.code));
w.write('b', (e) => log('cb b', e && e.code));
w.write('c', (e) => log('cb c', e && e.code));
log('length', w.writableLength, 'needDrain', w.writableNeedDrain);
w.on('drain', () => log('drain'));
setTimeout(() => {
  w.write('d', (e) => log('cb d', e && e.code));
  w.write('e', (e) => log('cb e', e && e.code));
  w.destroy();
  log('destroyed with pending; length', w.writableLength);
  w.on('close', () => {
    log('close');
    const d = new Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 1); } });
    d.write('p', (e) => log('duplex cb p', e && e.code));
    d.write('q', (e) => log('duplex cb q', e && e.code));
    d.destroy();
    d.on('close', () => log('duplex close'));
  });
}, 10);
