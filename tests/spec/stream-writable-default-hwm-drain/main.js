// Default writableHighWaterMark (16384): write() turns false once writableLength >= hwm; one 'drain' per false episode; no 'drain' once ending.
const { Writable } = require('stream');
let writes = 0;
const w = new Writable({
  write(chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  },
});
console.log('hwm', w.writableHighWaterMark, 'objectMode', w.writableObjectMode);
const chunk = Buffer.alloc(4096, 'a');
let round = 0;
function writeRound() {
  round++;
  const rets = [];
  let ok = true;
  while (ok) {
    ok = w.write(chunk);
    rets.push(ok);
  }
  console.log('round', round, 'returns', rets.join(' '), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
}
let drains = 0;
w.on('drain', () => {
  drains++;
  console.log('drain #' + drains, 'writableLength', w.writableLength, 'needDrain', w.writableNeedDrain);
  if (round < 3) writeRound();
  else {
    w.write(Buffer.alloc(20000));
    console.log('oversized write then end(): len', w.writableLength, 'needDrain', w.writableNeedDrain);
    w.end();
  }
});
writeRound();
const w2 = new Writable({ write(c, e, cb) { cb(); } });
console.log('single 20000-byte write to a sync writable ->', w2.write(Buffer.alloc(20000)), 'len', w2.writableLength);
w2.on('drain', () => console.log('w2 drain'));
w.on('finish', () => console.log('finish: _write calls', writes, 'drains', drains));
