// console.log of stream objects: Node 20.20 keeps Readable/Writable state in a bitfield ([Symbol(kState)]) with
// an array buffer + bufferIndex, and pre-fills _events with the common event names.
const { PassThrough, Readable, Writable } = require('stream');
const p = new PassThrough();
console.log(p);
const r = new Readable({ read() {} });
r.push('abc');
r.push('def');
r.read(4);
console.log(r._readableState);
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setImmediate(cb); } });
w.write('hello', () => {});
w.write('x');
console.log(w._writableState);
