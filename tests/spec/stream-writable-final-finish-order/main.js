// _final runs after all writes; 'finish', end() callback, 'close' order, with nextTick/microtask probes.
const { Writable } = require('stream');
const log = (m) => console.log(m);
const w = new Writable({
  write(chunk, enc, cb) {
    log('_write ' + chunk);
    process.nextTick(cb);
  },
  final(cb) {
    log('_final start (writableEnded ' + w.writableEnded + ', writableFinished ' + w.writableFinished + ')');
    setImmediate(() => {
      log('_final done');
      cb();
    });
  },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => {
  log('finish (writableFinished ' + w.writableFinished + ')');
  process.nextTick(() => log('tick from finish'));
  Promise.resolve().then(() => log('micro from finish'));
});
w.on('close', () => log('close (destroyed ' + w.destroyed + ')'));
w.write('one', () => log('write cb one'));
w.write('two', () => log('write cb two'));
const ret = w.end('three', () => log('end callback'));
log('end() returned the stream: ' + (ret === w) + ', writableEnded ' + w.writableEnded);
log('sync done');
