// require('stream/web') exports: the same constructors as the globals; typeof of each; queuing strategy defaults.
const web = require('stream/web');
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream'];
for (const n of names) {
  console.log(n.padEnd(34), typeof web[n], 'global same:', globalThis[n] === web[n]);
}
console.log('node:stream/web is the same module', require('node:stream/web') === web);
const rs = new web.ReadableStream();
console.log('reader is ReadableStreamDefaultReader', rs.getReader() instanceof web.ReadableStreamDefaultReader);
try {
  new web.ReadableStreamDefaultReader(rs);
} catch (err) {
  console.log('second reader on locked stream:', err.name, err.code);
}
try {
  new web.CountQueuingStrategy();
} catch (err) {
  console.log('CountQueuingStrategy without options:', err.name, err.code);
}
console.log('Object.prototype.toString', Object.prototype.toString.call(rs), Object.prototype.toString.call(new web.WritableStream()));
