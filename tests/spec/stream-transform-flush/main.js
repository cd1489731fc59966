// Transform with _flush: a byte counter that appends a trailer; 'finish' vs 'end' order and callback(null, data) shortcut.
const { Transform } = require('stream');
const log = (m) => console.log(m);
let bytes = 0;
const t = new Transform({
  transform(chunk, enc, cb) {
    bytes += chunk.length;
    log('_transform ' + JSON.stringify(chunk.toString()) + ' enc ' + enc);
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    log('_flush, bytes ' + bytes);
    this.push('[trailer ' + bytes + ']');
    cb(null, '[last]');
  },
});
const out = [];
t.on('data', (c) => out.push(c.toString()));
t.on('prefinish', () => log('prefinish'));
t.on('finish', () => log('finish'));
t.on('end', () => log('end ' + JSON.stringify(out)));
t.on('close', () => log('close'));
t.write('abc');
t.write('de');
t.end('f');
log('sync done, writableEnded ' + t.writableEnded);
const silent = new Transform({ transform(c, e, cb) { cb(); } });
silent.on('data', () => log('unexpected data'));
silent.on('end', () => log('silent transform ended with no output'));
silent.end('dropped');
