// fs sync: copyFileSync, overwriting by default, COPYFILE_EXCL -> EEXIST, and copy errors (ENOENT, EISDIR).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
  console.log('  path/dest:', e.path && path.basename(e.path), e.dest && path.basename(e.dest));
}
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;
console.log('constants', COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
const dest = path.join(D, 'copied.txt');
try {
  console.log('copyFileSync returns', fs.copyFileSync('./source.txt', dest));
  console.log('copy content', JSON.stringify(fs.readFileSync(dest, 'utf8')));
  fs.writeFileSync(dest, 'changed');
  fs.copyFileSync(path.join(D, 'source.txt'), dest);
  console.log('overwritten by default', JSON.stringify(fs.readFileSync(dest, 'utf8')));
  fs.writeFileSync(dest, 'kept');
  try {
    fs.copyFileSync('./source.txt', './copied.txt', COPYFILE_EXCL);
  } catch (e) {
    showErr('COPYFILE_EXCL:', e);
  }
  console.log('after EXCL failure', JSON.stringify(fs.readFileSync(dest, 'utf8')));
  try {
    fs.copyFileSync('./missing.txt', './copied2.txt');
  } catch (e) {
    showErr('copy missing:', e);
  }
  try {
    fs.copyFileSync('./source.txt', path.join(D, 'nodir', 'x.txt'));
  } catch (e) {
    showErr('copy into missing dir:', e);
  }
  console.log('source unchanged', JSON.stringify(fs.readFileSync('./source.txt', 'utf8')));
} finally {
  fs.rmSync(dest, { force: true });
}
console.log('cleaned', !fs.existsSync(dest));
