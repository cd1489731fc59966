// process.stdout is a Writable: instanceof, hwm, write() return value, write callback order vs nextTick/microtask/immediate.
const { Writable, Stream } = require('stream');
const out = process.stdout;
console.log('instanceof Writable', out instanceof Writable, 'instanceof Stream', out instanceof Stream);
console.log('writable', out.writable, 'writableHighWaterMark', out.writableHighWaterMark, 'fd', out.fd);
console.log('has write/end/cork', typeof out.write, typeof out.end, typeof out.cork);
const ret = out.write('plain write without newline... ');
out.write('continued\n');
console.log('write returned', ret);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick queued before write'));
out.write('write with callback\n', () => console.log('write callback'));
Promise.resolve().then(() => console.log('microtask'));
out.write(Buffer.from('a Buffer chunk\n'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write('68657820656e636f6465640a', 'hex');
console.log('sync end');
