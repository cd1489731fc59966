// fs sync: truncateSync / ftruncateSync shrinking, extending with zero bytes, default length 0.
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const file = path.join(D, 'trunc.bin');
try {
  fs.writeFileSync(file, 'abcdefghij');
  console.log('truncateSync returns', fs.truncateSync(file, 4));
  console.log('after truncate 4', JSON.stringify(fs.readFileSync(file, 'utf8')), fs.statSync(file).size);
  fs.truncateSync(file, 8);
  console.log('after extend to 8', fs.readFileSync(file), fs.statSync(file).size);
  fs.truncateSync('./trunc.bin');
  console.log('after default', fs.statSync(file).size, JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.writeFileSync(file, 'hello world');
  const fd = fs.openSync(file, 'r+');
  try {
    console.log('ftruncateSync returns', fs.ftruncateSync(fd, 5));
    console.log('fstat size', fs.fstatSync(fd).size);
  } finally {
    fs.closeSync(fd);
  }
  console.log('after ftruncate', JSON.stringify(fs.readFileSync(file, 'utf8')));
  try {
    fs.truncateSync('./missing.bin', 1);
  } catch (e) {
    showErr('truncate missing:', e);
  }
  try {
    fs.truncateSync(D, 0);
  } catch (e) {
    showErr('truncate directory:', e);
  }
} finally {
  fs.rmSync(file, { force: true });
}
console.log('cleaned', !fs.existsSync(file));
