// stream.duplexPair(): two connected Duplex sides; writes on one are readable on the other, end propagates,
// options are passed to both sides.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
console.log(a.constructor.name, b.constructor.name, a === b, typeof a.write, typeof b.read);
a.on('data', (d) => console.log('a <-', String(d)));
b.on('data', (d) => console.log('b <-', String(d)));
a.on('end', () => console.log('a end'));
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
console.log('a.write returns', a.write('hello from a'));
b.write('hello from b', () => console.log('b write cb'));
a.write('', () => console.log('empty write cb'));
a.end('bye');
setTimeout(() => b.end(), 5);

const [x, y] = duplexPair({ objectMode: true, highWaterMark: 2 });
console.log('objectMode', x.readableObjectMode, y.writableObjectMode, x.readableHighWaterMark);
y.on('data', (o) => console.log('y <-', o));
x.write({ n: 1 });
x.write([2]);
x.end();
y.on('end', () => console.log('y end'));
