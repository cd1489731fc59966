// fs sync: rmSync (recursive, force, ERR_FS_EISDIR) and rmdirSync (ENOTEMPTY, ENOTDIR, ENOENT).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const work = path.join(D, 'work-rm');
fs.rmSync(work, { recursive: true, force: true });
try {
  fs.mkdirSync(path.join(work, 'tree', 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(work, 'tree', 'a', 'b', 'f.txt'), 'f');
  fs.writeFileSync(path.join(work, 'tree', 'top.txt'), 't');
  fs.writeFileSync(path.join(work, 'file.txt'), 'x');
  fs.mkdirSync(path.join(work, 'empty'));

  try {
    fs.rmdirSync(path.join(work, 'tree'));
  } catch (e) {
    showErr('rmdir non-empty:', e);
  }
  try {
    fs.rmdirSync('./work-rm/file.txt');
  } catch (e) {
    showErr('rmdir on file:', e);
  }
  try {
    fs.rmdirSync('./work-rm/missing');
  } catch (e) {
    showErr('rmdir missing:', e);
  }
  console.log('rmdirSync empty returns', fs.rmdirSync(path.join(work, 'empty')));
  try {
    fs.rmSync(path.join(work, 'tree'));
  } catch (e) {
    showErr('rm dir without recursive:', e);
    console.log('  info', JSON.stringify(e.info && { code: e.info.code, syscall: e.info.syscall, errno: e.info.errno }));
  }
  try {
    fs.rmSync('./work-rm/missing');
  } catch (e) {
    showErr('rm missing without force:', e);
  }
  console.log('rm missing with force returns', fs.rmSync('./work-rm/missing', { force: true }));
  console.log('rm file returns', fs.rmSync(path.join(work, 'file.txt')));
  console.log('rm recursive returns', fs.rmSync(path.join(work, 'tree'), { recursive: true }));
  console.log('remaining', fs.readdirSync(work));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log('cleaned', !fs.existsSync(work));
