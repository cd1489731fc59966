// fs.read(fd, cb) and fs.read(fd, { buffer }, cb); numeric O_* open flags; async fs.write to stdout.
const fs = require('fs');
const f = require('path').join(__dirname, 'tmp-short.txt');
fs.writeFileSync(f, 'const x = 1;');
const { O_WRONLY, O_APPEND, O_RDWR, O_CREAT, O_EXCL } = fs.constants;
let fd = fs.openSync(f, O_WRONLY | O_APPEND); fs.writeSync(fd, '//'); fs.closeSync(fd);
fd = fs.openSync(f, O_RDWR); console.log(fs.readFileSync(fd, 'utf8')); fs.closeSync(fd);
try { fs.openSync(f + 'x', O_WRONLY); } catch (e) { console.log(e.code, e.syscall); }
try { fs.openSync(f, O_WRONLY | O_CREAT | O_EXCL); } catch (e) { console.log(e.code); }
fs.read(fs.openSync(f, 'r'), { buffer: Buffer.alloc(5) }, (e, n, b) => {
  console.log(n, String(b));
  fs.read(fs.openSync(f, 'r'), (e2, n2, b2) => {
    console.log(n2, b2.length);
    fs.write(1, 'written to fd 1\n', (err, w) => { console.log(err, w); fs.unlinkSync(f); });
  });
});
