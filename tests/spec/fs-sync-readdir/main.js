// fs sync: readdirSync (sorted), withFileTypes Dirent names/isDirectory, recursive, and its errors.
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
console.log('names', fs.readdirSync('./tree').sort());
const dirents = fs.readdirSync(path.join(D, 'tree'), { withFileTypes: true });
dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const d of dirents) {
  console.log(' ', d.name, 'dir', d.isDirectory(), 'file', d.isFile(), 'link', d.isSymbolicLink(), d instanceof fs.Dirent);
}
console.log('hidden files included', fs.readdirSync('./tree/zeta'));
console.log('recursive', fs.readdirSync('./tree', { recursive: true }).sort());
console.log('buffer encoding', fs.readdirSync('./tree/alpha/inner', { encoding: 'buffer' }));
console.log('empty dir after create:');
fs.mkdirSync('./tree-empty');
try {
  console.log(' ', fs.readdirSync('./tree-empty'));
} finally {
  fs.rmdirSync('./tree-empty');
}
try {
  fs.readdirSync('./tree/a.txt');
} catch (e) {
  showErr('readdir on file:', e);
}
try {
  fs.readdirSync(path.join(D, 'nope'));
} catch (e) {
  showErr('readdir missing:', e);
}
