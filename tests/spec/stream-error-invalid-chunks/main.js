// Invalid chunk types in byte mode: write(123)/push(123) -> ERR_INVALID_ARG_TYPE, write(null) -> ERR_STREAM_NULL_VALUES (thrown sync).
const { Writable, Readable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('w error event:', err.code));
for (const bad of [123, null, {}, true]) {
  try {
    const ret = w.write(bad);
    console.log('write', String(bad), 'returned', ret);
  } catch (err) {
    console.log('write', JSON.stringify(bad), 'threw', err.name, err.code);
    console.log('  ', err.message);
  }
}
console.log('destroyed after throws:', w.destroyed);
try {
  w.write(undefined, (err) => console.log('write(undefined) cb:', err && err.code));
} catch (err) {
  console.log('write(undefined) threw', err.code, '|', err.message);
}
const r = new Readable({ read() {} });
r.on('error', (err) => console.log('push(123) error event:', err.code, '|', err.message));
console.log('push(123) returned', r.push(123));
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('objectMode accepts', c); cb(); } });
o.write(123);
o.write(false);
try {
  o.write(null);
} catch (err) {
  console.log('objectMode write(null) threw', err.code);
}
