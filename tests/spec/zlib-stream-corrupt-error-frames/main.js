// A gunzip stream fed bytes that are not gzip: the error comes from zlib's handle (node's zlibOnError frames),
// not from the write that fed it.
const zlib = require('zlib');
const gunzip = zlib.createGunzip();
gunzip.on('error', (err) => {
  console.log(err.code, err.errno);
  console.log(err.stack);
});
gunzip.end(Buffer.from('this is plain text, not gzip'));
