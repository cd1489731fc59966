// Creating a file through a name that ends in '/' fails with EISDIR, whatever is there now.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slash-'));
process.chdir(dir);
fs.writeFileSync('real.txt', 'hi');
fs.mkdirSync('d');
const tries = [['newfile/', 'w'], ['real.txt/', 'w'], ['real.txt/', 'r'], ['d/', 'w'], ['d/', 'r'],
  ['nope/x/', 'w'], ['real.txt/x', 'w'], ['d/new/', 'a'], ['newfile/', 'wx']];
for (const [p, flags] of tries) {
  try {
    fs.closeSync(fs.openSync(p, flags));
    console.log(p, flags, 'ok');
  } catch (err) {
    console.log(p, flags, err.code, err.message);
  }
}
try { fs.writeFileSync('out/', 'x'); } catch (err) { console.log(err.message); }
fs.promises.appendFile('log/', 'x').catch((err) => {
  console.log('promise:', err.code, err.syscall);
  console.log(fs.readdirSync('.').sort(), fs.existsSync('newfile'));
  fs.rmSync(dir, { recursive: true });
});
