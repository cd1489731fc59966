// push() return values when the buffer reaches highWaterMark (byte mode and a custom hwm), and when _read is called again.
const { Readable } = require('stream');
const r = new Readable({ highWaterMark: 10, read(size) { console.log('_read called, size', size, 'length', this.readableLength); } });
console.log('hwm', r.readableHighWaterMark);
for (const s of ['abc', 'defg', 'hi', 'j', 'klm']) {
  const ret = r.push(s);
  console.log('push', JSON.stringify(s), '->', ret, 'length', r.readableLength);
}
const big = new Readable({ read() {} });
console.log('default hwm', big.readableHighWaterMark);
let pushes = 0;
while (big.push(Buffer.alloc(1000))) pushes++;
console.log('1000-byte pushes returning true', pushes, 'length', big.readableLength);
console.log('push empty string ->', big.push(''), 'length', big.readableLength);
setImmediate(() => {
  console.log('read(5) ->', r.read(5).toString(), 'length', r.readableLength);
  console.log('read() ->', r.read().toString(), 'length', r.readableLength);
  console.log('push after drain ->', r.push('x'), 'length', r.readableLength);
  r.push(null);
  console.log('final read ->', String(r.read()), 'ended', r.readableEnded);
  r.on('end', () => console.log('end event'));
  r.read();
});
