// write() after end(): ERR_STREAM_WRITE_AFTER_END via the write callback and the 'error' event; return value.
const { Writable } = require('stream');
const log = (m) => console.log(m);
const w = new Writable({ write(c, e, cb) { log('_write ' + c); cb(); } });
w.on('error', (err) => log('error event: ' + err.code + ' | ' + err.message + ' | destroyed ' + w.destroyed));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
w.end('last');
const ret = w.write('too late', (err) => log('write cb: ' + err.code + ' (' + err.name + ')'));
log('write after end returned ' + ret + ', writableEnded ' + w.writableEnded);
process.nextTick(() => log('tick'));
