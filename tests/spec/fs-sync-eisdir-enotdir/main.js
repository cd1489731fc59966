// fs sync: EISDIR when reading/writing a directory as a file, ENOTDIR when a file is used as a directory.
const fs = require('fs');
const path = require('path');
const D = __dirname;
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
  }
}
attempt('readFileSync dir:', () => fs.readFileSync('./folder'));
attempt('readFileSync dir utf8:', () => fs.readFileSync(path.join(D, 'folder'), 'utf8'));
attempt('writeFileSync dir:', () => fs.writeFileSync('./folder', 'x'));
attempt('appendFileSync dir:', () => fs.appendFileSync(path.join(D, 'folder'), 'x'));
attempt('openSync dir r:', () => typeof fs.openSync('./folder', 'r'));
attempt('openSync dir w:', () => fs.openSync('./folder', 'w'));
attempt('readFileSync file/child:', () => fs.readFileSync('./plain.txt/child'));
attempt('writeFileSync file/child:', () => fs.writeFileSync(path.join(D, 'plain.txt', 'child'), 'x'));
attempt('readdirSync file:', () => fs.readdirSync('./plain.txt'));
attempt('statSync file/child:', () => fs.statSync('./plain.txt/child'));
attempt('existsSync file/child:', () => fs.existsSync('./plain.txt/child'));
attempt('readFileSync trailing slash on file:', () => fs.readFileSync('./plain.txt/'));
attempt('copyFileSync dir source:', () => fs.copyFileSync('./folder', './copy-of-folder'));
console.log('no copy left', fs.existsSync('./copy-of-folder'));
const fd = fs.openSync('./folder', 'r');
attempt('readSync on dir fd:', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, 0));
attempt('fstatSync dir fd isDirectory:', () => fs.fstatSync(fd).isDirectory());
fs.closeSync(fd);
console.log('folder still', fs.readdirSync('./folder'));
