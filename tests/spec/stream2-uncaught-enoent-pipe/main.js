// A missing file piped through gzip to stdout with no 'error' listener: the ReadStream's ENOENT crashes the
// process with "Emitted 'error' event on ReadStream instance at:" and the error's errno/code/syscall/path.
const fs = require('fs');
const zlib = require('zlib');
console.log('start');
fs.createReadStream('missing.txt').pipe(zlib.createGzip()).pipe(process.stdout);
