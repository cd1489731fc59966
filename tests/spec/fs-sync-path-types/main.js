// fs paths may be strings (relative to cwd or absolute), Buffers or file: URLs; invalid URL schemes are rejected with ERR_INVALID_URL_SCHEME.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const abs = path.join(__dirname, 'file.txt');
console.log('relative string', fs.readFileSync('file.txt', 'utf8'));
console.log('dot-relative string', fs.readFileSync('./file.txt', 'utf8').length);
console.log('absolute string', fs.readFileSync(abs, 'utf8').length);
console.log('Buffer path', fs.readFileSync(Buffer.from(abs), 'utf8').length);
console.log('URL object', fs.readFileSync(pathToFileURL(abs), 'utf8').length);
console.log('existsSync URL', fs.existsSync(pathToFileURL(abs)), fs.existsSync(new URL('file:///definitely/not/here')));
console.log('stat via Buffer', fs.statSync(Buffer.from('file.txt')).size);
try {
  fs.readFileSync(new URL('http://example.com/file.txt'));
} catch (e) {
  console.log('http URL:', e.name, e.code, e.message);
}
try {
  fs.readFileSync(new URL('file://remotehost/x'));
} catch (e) {
  console.log('file URL with host:', e.name, e.code, e.message);
}
try {
  fs.readFileSync(new URL('file:///a%2Fb'));
} catch (e) {
  console.log('encoded slash:', e.name, e.code, e.message);
}
try {
  fs.readFileSync('./sub/../missing.txt');
} catch (e) {
  console.log('path kept verbatim in message:', e.message);
}
try {
  fs.readFileSync('./no-such-dir/../file.txt');
} catch (e) {
  console.log('".." after a missing dir is not normalized away:', e.code, e.message);
}
console.log('but path.join normalizes first', fs.readFileSync(path.join('no-such-dir', '..', 'file.txt'), 'utf8').length);
