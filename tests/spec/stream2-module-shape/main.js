// The shape of require('stream') in Node 20.20: exported names, duplexPair, asIndexedPairs, asyncDispose,
// default highWaterMark getters/setters and own prototype members.
const stream = require('stream');
console.log(Object.keys(stream).sort().join(','));
console.log('duplexPair', typeof stream.duplexPair, stream.duplexPair.name, stream.duplexPair.length);
console.log('asIndexedPairs', typeof stream.Readable.prototype.asIndexedPairs);
console.log('asyncDispose', typeof Symbol.asyncDispose, typeof stream.Readable.prototype[Symbol.asyncDispose]);
console.log('_isArrayBufferView', typeof stream._isArrayBufferView, stream._isArrayBufferView(new DataView(new ArrayBuffer(2))), stream._isArrayBufferView([]));
console.log('_isUint8Array', stream._isUint8Array(Buffer.alloc(1)), stream._isUint8Array(new Uint16Array(1)));
const b = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
console.log('_uint8ArrayToBuffer', Buffer.isBuffer(b), b.toString());
console.log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log('Writable.prototype', Object.getOwnPropertyNames(stream.Writable.prototype).sort().join(','));
console.log('Readable.prototype', Object.getOwnPropertyNames(stream.Readable.prototype).sort().join(','));
console.log('Duplex.prototype', Object.getOwnPropertyNames(stream.Duplex.prototype).sort().join(','));
console.log('Readable', Object.getOwnPropertyNames(stream.Readable).sort().join(','));
console.log('Writable', Object.getOwnPropertyNames(stream.Writable).sort().join(','));
console.log('Duplex', Object.getOwnPropertyNames(stream.Duplex).sort().join(','));
console.log('promises', Object.keys(stream.promises).sort().join(','), Object.keys(require('stream/promises')).sort().join(','));
console.log('same Stream', stream === stream.Stream, require('node:stream') === stream);
console.log('Stream.prototype', Object.getOwnPropertyNames(stream.Stream.prototype).sort().join(','));
console.log('legacy names', require('_stream_readable') === stream.Readable, require('_stream_duplex') === stream.Duplex);
console.log('instanceof', new stream.Duplex() instanceof stream.Writable, new stream.Transform() instanceof stream.Readable);
console.log('Writable[Symbol.hasInstance]', Object.prototype.hasOwnProperty.call(stream.Writable, Symbol.hasInstance));
