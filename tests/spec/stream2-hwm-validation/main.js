// highWaterMark validation and defaults: invalid values throw ERR_INVALID_ARG_VALUE with node's wording
// (readableHighWaterMark / writableHighWaterMark for Duplex), fractions are floored, and
// getDefaultHighWaterMark/setDefaultHighWaterMark change what new streams get.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform } = stream;
function tryMake(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok', s.readableHighWaterMark, s.writableHighWaterMark);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const hwm of [-1, NaN, 'abc', '16', null, Infinity, 1.7, 0, true, {}]) {
  tryMake('Readable hwm ' + String(hwm), () => new Readable({ highWaterMark: hwm }));
}
tryMake('Writable hwm -5', () => new Writable({ highWaterMark: -5 }));
tryMake('Duplex readableHighWaterMark -1', () => new Duplex({ readableHighWaterMark: -1 }));
tryMake('Duplex writableHighWaterMark x', () => new Duplex({ writableHighWaterMark: 'x' }));
tryMake('Duplex split', () => new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 }));
tryMake('Duplex hwm wins', () => new Duplex({ highWaterMark: 5, readableHighWaterMark: 3 }));
tryMake('Transform objectMode', () => new Transform({ readableObjectMode: true }));
console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 100);
stream.setDefaultHighWaterMark(true, 5);
console.log('after set', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
tryMake('new Readable', () => new Readable());
tryMake('new objectMode Writable', () => new Writable({ objectMode: true }));
for (const v of [-1, 'x', NaN]) {
  try {
    stream.setDefaultHighWaterMark(false, v);
    console.log('setDefaultHighWaterMark', v, 'ok', stream.getDefaultHighWaterMark(false));
  } catch (e) {
    console.log('setDefaultHighWaterMark', v, e.code, e.message);
  }
}
const big = new Readable({ read() {} });
big.read(20000);
console.log('read(n) > hwm raises hwm', big.readableHighWaterMark);
try {
  big.read(2 ** 31);
} catch (e) {
  console.log('read(2**31)', e.code, e.message);
}
