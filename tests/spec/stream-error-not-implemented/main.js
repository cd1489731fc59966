// Base classes without implementations: _read fails via 'error' event, while _write/_transform throw ERR_METHOD_NOT_IMPLEMENTED synchronously from write().
const { Readable, Writable, Transform, Duplex } = require('stream');
const r = new Readable();
r.on('error', (err) => console.log('Readable error event:', err.name, err.code, '|', err.message));
r.on('close', () => console.log('Readable close, destroyed', r.destroyed));
console.log('r.read() returned', r.read());
const w = new Writable();
w.on('error', (err) => console.log('Writable error event:', err.code));
try {
  w.write('x', (err) => console.log('Writable write cb:', err && err.code));
} catch (err) {
  console.log('Writable write threw:', err.name, err.code, '|', err.message);
}
console.log('writable destroyed', w.destroyed, 'writableLength', w.writableLength);
const t = new Transform();
try {
  t.write('y');
} catch (err) {
  console.log('Transform write threw:', err.code, '|', err.message);
}
const w2 = new Writable({ writev(chunks, cb) { console.log('writev-only got', chunks.length, 'chunk(s)'); cb(); } });
w2.write('only');
w2.on('finish', () => console.log('writev-only writable finished'));
w2.end();
const d = new Duplex({ write(c, e, cb) { cb(); } });
d.on('error', (err) => console.log('Duplex read side error event:', err.code, '|', err.message));
d.resume();
console.log('sync end');
