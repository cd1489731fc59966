// fs sync: renameSync (file, into directory, overwrite, errors) and unlinkSync (files, missing, directories).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
  if (e.dest !== undefined) console.log('  dest:', path.relative(D, path.resolve(D, e.dest)));
}
const work = path.join(D, 'work-rename');
fs.rmSync(work, { recursive: true, force: true });
const list = () => fs.readdirSync(work, { recursive: true }).sort().join(',');
try {
  fs.mkdirSync(path.join(work, 'dir'), { recursive: true });
  fs.writeFileSync(path.join(work, 'a.txt'), 'A');
  fs.writeFileSync(path.join(work, 'b.txt'), 'B');
  console.log('start', list());
  console.log('renameSync returns', fs.renameSync(path.join(work, 'a.txt'), path.join(work, 'c.txt')));
  console.log('after rename', list());
  fs.renameSync('./work-rename/c.txt', './work-rename/dir/c.txt');
  console.log('after move into dir', list());
  fs.renameSync(path.join(work, 'b.txt'), path.join(work, 'dir', 'c.txt'));
  console.log('after overwrite', list(), fs.readFileSync(path.join(work, 'dir', 'c.txt'), 'utf8'));
  fs.renameSync(path.join(work, 'dir'), path.join(work, 'dir2'));
  console.log('after dir rename', list());
  try {
    fs.renameSync('./work-rename/missing.txt', './work-rename/x.txt');
  } catch (e) {
    showErr('rename missing:', e);
  }
  try {
    fs.renameSync(path.join(work, 'dir2', 'c.txt'), path.join(work, 'nodir', 'c.txt'));
  } catch (e) {
    showErr('rename into missing dir:', e);
  }
  fs.mkdirSync(path.join(work, 'full'));
  fs.writeFileSync(path.join(work, 'full', 'f'), '');
  try {
    fs.renameSync(path.join(work, 'dir2'), path.join(work, 'full'));
  } catch (e) {
    showErr('rename dir over non-empty dir:', e);
  }
  try {
    fs.renameSync(path.join(work, 'dir2', 'c.txt'), path.join(work, 'full'));
  } catch (e) {
    showErr('rename file over dir:', e);
  }
  console.log('unlinkSync returns', fs.unlinkSync(path.join(work, 'full', 'f')));
  console.log('after unlink', list());
  try {
    fs.unlinkSync('./work-rename/full/f');
  } catch (e) {
    showErr('unlink missing:', e);
  }
  try {
    fs.unlinkSync(path.join(work, 'full'));
  } catch (e) {
    showErr('unlink directory:', e);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log('cleaned', !fs.existsSync(work));
