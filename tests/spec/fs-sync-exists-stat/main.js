// fs sync: existsSync and statSync on files, directories and missing paths (incl. throwIfNoEntry:false).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
console.log('existsSync data.txt', fs.existsSync('./data.txt'));
console.log('existsSync sub', fs.existsSync(path.join(D, 'sub')));
console.log('existsSync sub/inner.json', fs.existsSync('sub/inner.json'));
console.log('existsSync missing', fs.existsSync('./missing'));
console.log('existsSync undefined', fs.existsSync(undefined));
console.log('existsSync empty string', fs.existsSync(''));
console.log('existsSync data.txt/x', fs.existsSync('./data.txt/x'));

const s = fs.statSync('./data.txt');
console.log('data.txt isFile', s.isFile(), 'isDirectory', s.isDirectory(), 'isSymbolicLink', s.isSymbolicLink(), 'size', s.size);
console.log('data.txt typeof mtimeMs', typeof s.mtimeMs, 'mtime is Date', s.mtime instanceof Date);
console.log('stats instanceof fs.Stats', s instanceof fs.Stats);
const d = fs.statSync(path.join(D, 'sub'));
console.log('sub isFile', d.isFile(), 'isDirectory', d.isDirectory());
const j = fs.statSync('sub/inner.json');
console.log('inner.json size', j.size, 'isFIFO', j.isFIFO(), 'isSocket', j.isSocket(), 'isBlockDevice', j.isBlockDevice(), 'isCharacterDevice', j.isCharacterDevice());
console.log('throwIfNoEntry false:', fs.statSync('./missing', { throwIfNoEntry: false }));
console.log('lstat throwIfNoEntry false:', fs.lstatSync('./missing', { throwIfNoEntry: false }));
try {
  fs.statSync('./missing');
} catch (e) {
  showErr('statSync missing:', e);
}
try {
  fs.statSync(path.join(D, 'missing', 'deeper'));
} catch (e) {
  showErr('statSync missing deeper:', e);
}
try {
  fs.statSync('./data.txt/x');
} catch (e) {
  showErr('statSync through file:', e);
}
try {
  fs.statSync('./data.txt/x', { throwIfNoEntry: false });
} catch (e) {
  showErr('throwIfNoEntry does not cover ENOTDIR:', e);
}
const big = fs.statSync('./data.txt', { bigint: true });
console.log('bigint size', typeof big.size, big.size);
