// fs sync: symlinkSync, lstatSync vs statSync, readlinkSync, realpathSync and dangling links.
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const work = path.join(D, 'work-links');
fs.rmSync(work, { recursive: true, force: true });
try {
  fs.mkdirSync(work);
  const link = path.join(work, 'link.txt');
  console.log('symlinkSync returns', fs.symlinkSync('../target.txt', link));
  const l = fs.lstatSync(link);
  const s = fs.statSync(link);
  console.log('lstat isSymbolicLink', l.isSymbolicLink(), 'isFile', l.isFile());
  console.log('stat isSymbolicLink', s.isSymbolicLink(), 'isFile', s.isFile(), 'size', s.size);
  console.log('readlinkSync', fs.readlinkSync(link));
  console.log('read through link', JSON.stringify(fs.readFileSync(link, 'utf8')));
  console.log('realpathSync', path.relative(D, fs.realpathSync(link)));

  fs.symlinkSync('nowhere.txt', path.join(work, 'dangling'));
  console.log('existsSync dangling', fs.existsSync(path.join(work, 'dangling')));
  console.log('lstat dangling isSymbolicLink', fs.lstatSync(path.join(work, 'dangling')).isSymbolicLink());
  try {
    fs.statSync(path.join(work, 'dangling'));
  } catch (e) {
    showErr('stat dangling:', e);
  }
  try {
    fs.realpathSync(path.join(work, 'dangling'));
  } catch (e) {
    showErr('realpath dangling:', e);
  }
  try {
    fs.readlinkSync(path.join(D, 'target.txt'));
  } catch (e) {
    showErr('readlink on regular file:', e);
  }
  try {
    fs.symlinkSync('../target.txt', link);
  } catch (e) {
    showErr('symlink over existing:', e);
  }
  fs.symlinkSync('..', path.join(work, 'up'));
  console.log('dir link isDirectory via stat', fs.statSync(path.join(work, 'up')).isDirectory());
  console.log('dir link isDirectory via lstat', fs.lstatSync(path.join(work, 'up')).isDirectory());
  console.log('read via dir link', JSON.stringify(fs.readFileSync(path.join(work, 'up', 'target.txt'), 'utf8')));
  console.log('realpath via dir link', path.relative(D, fs.realpathSync(path.join(work, 'up', 'work-links', 'up'))) || '(scenario dir)');
  fs.unlinkSync(link);
  console.log('target survives unlink of link', fs.existsSync(path.join(D, 'target.txt')));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log('cleaned', !fs.existsSync(work));
