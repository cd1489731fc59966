// Custom highWaterMark (bytes and objectMode): write() return values, writableLength and writableNeedDrain over time.
const { Writable } = require('stream');
function make(opts, label) {
  const pending = [];
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) { pending.push(cb); },
  });
  w.on('drain', () => console.log(label, 'drain, len', w.writableLength, 'needDrain', w.writableNeedDrain));
  return { w, pending };
}
const { w, pending } = make({ highWaterMark: 5 }, 'bytes');
console.log('bytes hwm', w.writableHighWaterMark);
for (const s of ['ab', 'cd', 'e', 'fgh', '']) {
  console.log('write', JSON.stringify(s), '->', w.write(s), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
}
const { w: o, pending: op } = make({ objectMode: true, highWaterMark: 2 }, 'objects');
console.log('object hwm', o.writableHighWaterMark);
for (const v of [{ a: 1 }, 'x', 42]) console.log('write', JSON.stringify(v), '->', o.write(v), 'len', o.writableLength);
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
console.log('hwm 0 write ->', z.write('a'), 'needDrain', z.writableNeedDrain);
z.on('drain', () => console.log('hwm0 drain'));
let step = 0;
function release() {
  const cb = pending.shift() || op.shift();
  if (!cb) return console.log('all released');
  step++;
  cb();
  console.log('released', step, 'bytes len', w.writableLength, 'objects len', o.writableLength);
  setImmediate(release);
}
setImmediate(release);
