// zlib's keys in node's order, its constants as node prints them, and no custom promisify on its functions.
const zlib = require('zlib');
const util = require('util');
console.log(Object.keys(zlib).join(', '));
console.log(zlib.constants);
console.log(typeof zlib.gzip[util.promisify.custom], typeof zlib.gzipSync[util.promisify.custom]);
util.promisify(zlib.gzip)('hello hello hello').then((gz) => util.promisify(zlib.gunzip)(gz)).then((b) => console.log(String(b)));
console.log(Object.keys(require('readline')).join(', '));
