// A file unlinked or replaced while open stays readable and writable through its descriptor (link count 0) until closed.
const fs = require('fs');
const fd = fs.openSync('u.txt', 'w+'); fs.writeSync(fd, 'hello'); fs.unlinkSync('u.txt');
fs.fsyncSync(fd);
const st = fs.fstatSync(fd);
console.log(st.size, st.nlink, fs.existsSync('u.txt'));
fs.writeSync(fd, ' world'); const b = Buffer.alloc(20); console.log(fs.readSync(fd, b, 0, 20, 0), b.toString('utf8', 0, 11));
fs.closeSync(fd);
try { fs.fstatSync(fd); } catch (e) { console.log(e.code); }
fs.writeFileSync('a.txt', 'A'); const fa = fs.openSync('a.txt', 'r'); fs.writeFileSync('b.txt', 'B'); fs.renameSync('b.txt', 'a.txt');
console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync(fa, 'utf8'), fs.fstatSync(fa).nlink); fs.closeSync(fa); fs.unlinkSync('a.txt');
