// construct(): _construct runs before _read/_write/_final; writes queue until the callback; construct error destroys.
const { Writable, Readable } = require('stream');
const log = (m) => console.log(m);
const w = new Writable({
  construct(cb) {
    log('construct start');
    setImmediate(() => {
      log('construct done');
      cb();
    });
  },
  write(chunk, enc, cb) {
    log('_write ' + chunk);
    cb();
  },
  final(cb) {
    log('_final');
    cb();
  },
});
log('write before construct -> ' + w.write('early') + ', writableLength ' + w.writableLength);
w.end('last');
w.on('finish', () => log('finish'));
const r = new Readable({
  construct(cb) {
    log('readable construct');
    process.nextTick(cb);
  },
  read() {
    log('_read');
    this.push('only');
    this.push(null);
  },
});
r.on('data', (c) => log('data ' + c));
r.on('end', () => log('readable end'));
const bad = new Writable({
  construct(cb) { cb(new Error('cannot open resource')); },
  write(c, e, cb) { log('never'); cb(); },
});
bad.on('error', (err) => log('construct error: ' + err.message + ' destroyed ' + bad.destroyed));
bad.on('close', () => log('bad close'));
bad.write('x', (err) => log('bad write cb: ' + (err && (err.code || err.message))));
log('sync end');
