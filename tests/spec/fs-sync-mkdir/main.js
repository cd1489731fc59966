// fs sync: mkdirSync recursive return value (first dir created) and non-recursive EEXIST/ENOENT/ENOTDIR errors.
const fs = require('fs');
const path = require('path');
const D = __dirname;
const rel = (p) => (p === undefined ? undefined : path.relative(D, p));
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const work = path.join(D, 'work-mkdir');
fs.rmSync(work, { recursive: true, force: true });
try {
  console.log('plain mkdirSync returns', fs.mkdirSync(work));
  console.log('recursive a/b/c returns', rel(fs.mkdirSync(path.join(work, 'a', 'b', 'c'), { recursive: true })));
  console.log('recursive again returns', rel(fs.mkdirSync(path.join(work, 'a', 'b', 'c'), { recursive: true })));
  console.log('recursive a/b/d returns', rel(fs.mkdirSync(path.join(work, 'a', 'b', 'd'), { recursive: true })));
  console.log('recursive relative path returns', fs.mkdirSync('./work-mkdir/x/y', { recursive: true }));
  console.log('mode option accepted', fs.mkdirSync(path.join(work, 'm'), { mode: 0o755 }));
  try {
    fs.mkdirSync(work);
  } catch (e) {
    showErr('mkdir existing:', e);
  }
  try {
    fs.mkdirSync(path.join(work, 'no', 'parent'));
  } catch (e) {
    showErr('mkdir missing parent:', e);
  }
  try {
    fs.mkdirSync('./afile');
  } catch (e) {
    showErr('mkdir over file:', e);
  }
  try {
    fs.mkdirSync('./afile/sub');
  } catch (e) {
    showErr('mkdir under file:', e);
  }
  try {
    fs.mkdirSync('./afile/sub/deeper', { recursive: true });
  } catch (e) {
    showErr('recursive mkdir under file:', e);
  }
  try {
    console.log('recursive over existing file', fs.mkdirSync('./afile', { recursive: true }));
  } catch (e) {
    showErr('recursive mkdir over file:', e);
  }
  console.log('tree', fs.readdirSync(work, { recursive: true }).sort());
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log('cleaned', !fs.existsSync(work));
