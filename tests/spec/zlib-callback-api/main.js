// zlib callback API: gzip -> gunzip and deflate -> inflate chained through callbacks, errors delivered to the callback, promisified forms.
const zlib = require('zlib');
const util = require('util');
const input = Buffer.from('callback data '.repeat(100));
zlib.gzip(input, (err, packed) => {
  console.log('gzip done', err, Buffer.isBuffer(packed));
  zlib.gunzip(packed, (err2, out) => {
    console.log('gunzip done', err2, out.length, out.equals(input));
    zlib.deflate('short string', (err3, d) => {
      zlib.inflate(d, (err4, inflated) => {
        console.log('inflate done', err3, err4, inflated.toString());
        zlib.inflate(Buffer.from('garbage!'), (err5, res) => {
          console.log('inflate garbage', err5.code, err5.errno, err5.message, res);
          next();
        });
      });
    });
  });
});
console.log('sync part done');
async function next() {
  const gz = util.promisify(zlib.gzip);
  const gunz = util.promisify(zlib.gunzip);
  const round = await gunz(await gz('promisified'));
  console.log('promisified round trip', round.toString());
  const br = await util.promisify(zlib.brotliDecompress)(await util.promisify(zlib.brotliCompress)(input));
  console.log('brotli async round trip', br.length);
}
