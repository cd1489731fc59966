// Stream utility functions in Node 20: isReadable, isErrored, isDisturbed, getDefaultHighWaterMark, Stream legacy base class.
const stream = require('stream');
const { Readable, Writable, Stream } = stream;
console.log('require("stream") is Stream:', stream === Stream, 'typeof', typeof stream);
console.log('Readable extends Stream:', new Readable() instanceof Stream, 'EventEmitter:', new Readable() instanceof require('events'));
console.log('default hwm bytes', stream.getDefaultHighWaterMark(false), 'objectMode', stream.getDefaultHighWaterMark(true));
const r = new Readable({ read() {} });
console.log('fresh: isReadable', stream.isReadable(r), 'isDisturbed', stream.isDisturbed(r), 'isErrored', stream.isErrored(r));
r.push('x');
r.read();
console.log('after read(): isDisturbed', stream.isDisturbed(r));
r.on('error', () => {});
r.destroy(new Error('e'));
console.log('after destroy(err) sync: isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r), 'errored', r.errored && r.errored.message);
setImmediate(() => console.log('after error emitted: isErrored', stream.isErrored(r), 'destroyed', r.destroyed));
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('isReadable(writable)', stream.isReadable(w), 'isErrored(writable)', stream.isErrored(w));
console.log('Readable/Writable/Duplex/Transform/PassThrough are functions:',
  ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'].every((k) => typeof stream[k] === 'function'));
console.log('Duplex instanceof Readable', new stream.Duplex() instanceof Readable, 'instanceof Writable', new stream.Duplex() instanceof Writable);
console.log('Transform instanceof Duplex', new stream.Transform() instanceof stream.Duplex);
const legacy = new Stream();
console.log('legacy Stream has pipe', typeof legacy.pipe, 'readable prop', legacy.readable);
console.log('Readable.prototype has Symbol.asyncIterator', typeof Readable.prototype[Symbol.asyncIterator]);
