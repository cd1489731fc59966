// zlib sync round trips (gzip/gunzip, deflate/inflate, deflateRaw, brotli, unzip auto-detect); only decompressed data is printed.
const zlib = require('zlib');
const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(50));
const pairs = [
  ['gzip', zlib.gzipSync, zlib.gunzipSync],
  ['deflate', zlib.deflateSync, zlib.inflateSync],
  ['deflateRaw', zlib.deflateRawSync, zlib.inflateRawSync],
  ['brotli', zlib.brotliCompressSync, zlib.brotliDecompressSync],
  ['gzip+unzip', zlib.gzipSync, zlib.unzipSync],
  ['deflate+unzip', zlib.deflateSync, zlib.unzipSync],
];
for (const [name, compress, decompress] of pairs) {
  const packed = compress(input);
  const out = decompress(packed);
  console.log(name.padEnd(14), 'smaller', packed.length < input.length, 'restored', out.length, out.equals(input));
}
console.log('gzip magic bytes', zlib.gzipSync('x').subarray(0, 2));
console.log('string input and level option', zlib.gunzipSync(zlib.gzipSync('héllo', { level: 9 })).toString());
console.log('empty input', zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length);
try {
  zlib.gunzipSync(Buffer.from('definitely not gzip'));
} catch (e) {
  console.log('bad gzip:', e.name, e.code, e.errno, e.message);
}
try {
  zlib.inflateSync(zlib.deflateSync(input).subarray(0, 20));
} catch (e) {
  console.log('truncated:', e.code, e.errno, e.message);
}
console.log('constants', zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_OK, zlib.constants.Z_DATA_ERROR);
