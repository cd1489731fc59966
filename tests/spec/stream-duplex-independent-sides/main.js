// Duplex: readable and writable sides are independent (separate buffers, hwms, objectMode); allowHalfOpen behaviour.
const { Duplex } = require('stream');
const log = (m) => console.log(m);
const received = [];
const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 3,
  write(chunk, enc, cb) {
    received.push(chunk.toString());
    cb();
  },
  read() {},
  final(cb) {
    log('_final, received ' + JSON.stringify(received));
    this.push({ total: received.length });
    this.push(null);
    cb();
  },
});
log('readableObjectMode ' + d.readableObjectMode + ' writableObjectMode ' + d.writableObjectMode);
log('readableHWM ' + d.readableHighWaterMark + ' writableHWM ' + d.writableHighWaterMark);
log('allowHalfOpen ' + d.allowHalfOpen);
d.push({ hello: 'reader' });
log('write ab -> ' + d.write('ab') + ', write cd -> ' + d.write('cd'));
log('readableLength ' + d.readableLength + ' writableLength ' + d.writableLength);
d.on('data', (o) => log('data ' + JSON.stringify(o)));
d.on('finish', () => log('finish'));
d.on('end', () => log('end'));
d.on('close', () => log('close'));
d.end('ef');
const h = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
h.on('finish', () => log('half-closed duplex: finish (writableEnded ' + h.writableEnded + ')'));
h.on('end', () => log('half-closed duplex: end -> auto end() of writable side, writableEnded ' + h.writableEnded));
h.on('close', () => log('half-closed duplex: close'));
h.resume();
h.push(null);
