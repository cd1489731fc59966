// Brotli's quality parameter changes the output; the bytes round-trip at every quality.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40) + JSON.stringify({ a: [1, 2, 3], b: 'x'.repeat(50) });
for (const q of [0, 1, 4, 9, 11]) {
  const out = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } });
  const back = zlib.brotliDecompressSync(out).toString();
  console.log(`quality ${q}: ${out.length} bytes, round trip ${back === text}`);
}
const stream = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } });
const chunks = [];
stream.on('data', (c) => chunks.push(c));
stream.on('end', () => {
  const out = Buffer.concat(chunks);
  console.log('stream quality 2:', out.length, zlib.brotliDecompressSync(out).toString() === text);
});
stream.end(text);
