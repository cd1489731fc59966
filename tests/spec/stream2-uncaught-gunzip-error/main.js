// Gunzip of data that is not gzip, with no 'error' listener: Z_DATA_ERROR "incorrect header check" crashes the
// process, reported as emitted on the Gunzip instance, with errno and code.
const zlib = require('zlib');
const g = zlib.createGunzip();
g.end(Buffer.from('not gzip'));
g.resume();
