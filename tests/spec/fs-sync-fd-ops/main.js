// fs sync: openSync/writeSync/readSync/fstatSync/closeSync with positions and offsets, then EBADF on the closed fd.
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const file = path.join(D, 'fd-ops.txt');
try {
  const fd = fs.openSync(file, 'w+');
  console.log('fd is integer', Number.isInteger(fd), fd > 2);
  console.log('writeSync string returns', fs.writeSync(fd, 'Hello, '));
  console.log('writeSync buffer returns', fs.writeSync(fd, Buffer.from('xxWorld!yy'), 2, 6));
  console.log('writeSync at position returns', fs.writeSync(fd, 'J', 0));
  console.log('fstat size', fs.fstatSync(fd).size, 'isFile', fs.fstatSync(fd).isFile());
  const buf = Buffer.alloc(20, '.');
  console.log('readSync from 0 returns', fs.readSync(fd, buf, 0, 5, 0));
  console.log('buf', JSON.stringify(buf.toString()));
  console.log('readSync with offset returns', fs.readSync(fd, buf, 10, 10, 7));
  console.log('buf', JSON.stringify(buf.toString()));
  console.log('readSync at EOF returns', fs.readSync(fd, buf, 0, 5, 100));
  console.log('readSync options form returns', fs.readSync(fd, buf, { position: 3, length: 2 }));
  console.log('buf', JSON.stringify(buf.toString()));
  console.log('readFileSync(fd) from current position', JSON.stringify(fs.readFileSync(fd, 'utf8')));
  console.log('closeSync returns', fs.closeSync(fd));
  try {
    fs.readSync(fd, buf, 0, 1, 0);
  } catch (e) {
    showErr('readSync closed:', e);
  }
  try {
    fs.writeSync(fd, 'x');
  } catch (e) {
    showErr('writeSync closed:', e);
  }
  try {
    fs.fstatSync(fd);
  } catch (e) {
    showErr('fstatSync closed:', e);
  }
  try {
    fs.closeSync(fd);
  } catch (e) {
    showErr('closeSync closed:', e);
  }
  const rfd = fs.openSync('./fd-ops.txt', 'r');
  try {
    fs.writeSync(rfd, 'x');
  } catch (e) {
    showErr('write on read-only fd:', e);
  } finally {
    fs.closeSync(rfd);
  }
  const afd = fs.openSync(file, 'a');
  fs.writeSync(afd, '+appended', 0);
  fs.closeSync(afd);
  console.log('append mode ignores position', JSON.stringify(fs.readFileSync(file, 'utf8')));
  try {
    fs.openSync(file, 'wx');
  } catch (e) {
    showErr('open wx existing:', e);
  }
  try {
    fs.openSync('./missing-dir/f.txt', 'w');
  } catch (e) {
    showErr('open w in missing dir:', e);
  }
  try {
    fs.openSync(file, 'bogus');
  } catch (e) {
    console.log('bad flags:', e.name, e.code, e.message);
  }
} finally {
  fs.rmSync(file, { force: true });
}
console.log('cleaned', !fs.existsSync(file));
