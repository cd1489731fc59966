// Hard links, ownership calls, lutimes, and the shape of the fs module.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
process.chdir(dir);
fs.writeFileSync('notes.txt', 'first line\n');
fs.linkSync('notes.txt', 'notes-link.txt');
console.log('nlink:', fs.statSync('notes.txt').nlink, fs.statSync('notes-link.txt').nlink);
console.log('same inode:', fs.statSync('notes.txt').ino === fs.statSync('notes-link.txt').ino);
fs.appendFileSync('notes-link.txt', 'second line\n');
console.log(JSON.stringify(fs.readFileSync('notes.txt', 'utf8')));
fs.unlinkSync('notes.txt');
console.log('after unlink:', fs.statSync('notes-link.txt').nlink, fs.readFileSync('notes-link.txt', 'utf8').length);
for (const [a, b] of [['notes-link.txt', 'notes-link.txt'], ['missing.txt', 'x.txt'], ['.', 'dir-link'], ['notes-link.txt', 'nope/x.txt']]) {
  try { fs.linkSync(a, b); } catch (err) { console.log(err.code, err.syscall, err.message); }
}
try { fs.linkSync(1, 'x'); } catch (err) { console.log(err.code, err.message); }

fs.chownSync('notes-link.txt', process.getuid(), process.getgid());
fs.lutimesSync('notes-link.txt', 1000, 2000);
console.log('mtime:', fs.statSync('notes-link.txt').mtimeMs);
console.log(typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.promises.lchmod, 'lchmod' in fs);
console.log(Object.keys(require('fs/promises')).join(' '));
console.log(Object.keys(fs).filter((k) => /link|chown|statfs|lutimes|Blob/.test(k)).join(' '));
console.log(fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp(2), fs._toUnixTimestamp('3'));
const st = fs.statfsSync('.');
console.log(st.constructor.name, Object.keys(st).join(' '), st.bsize, st.type);

fs.link('notes-link.txt', 'again.txt', (err) => {
  console.log('link callback:', err, fs.statSync('again.txt').nlink);
  fs.chown('missing.txt', 0, 0, (err2) => {
    console.log(err2.message);
    fs.lutimes('missing.txt', 1, 1, (err3) => {
      console.log(err3.message);
      fs.promises.link('missing.txt', 'y.txt').catch((err4) => {
        console.log(err4.stack);
        fs.openAsBlob('again.txt').then(async (blob) => {
          console.log(blob.size, JSON.stringify(await blob.text()));
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
