// File modes as node's parseFileMode checks them: an octal string or a 32-bit unsigned integer, for chmod
// (where a mode is required), open, mkdir and writeFile; a bad string ends the run with node's report.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'mode-test.txt');
fs.writeFileSync(file, 'x');
for (const m of ['rwx', -1, 1.5, '600', 0o640, '0o644', true, null, 2 ** 33]) {
  try {
    fs.chmodSync(file, m);
    console.log('chmod', m, (fs.statSync(file).mode & 0o777).toString(8));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try { fs.openSync(file, 'r', 'bad'); } catch (e) { console.log(e.code, e.message); }
try { fs.writeFileSync(file, 'y', { mode: -5 }); } catch (e) { console.log(e.code, e.message); }
fs.chmod(file, '644', (err) => {
  console.log('callback', err, (fs.statSync(file).mode & 0o777).toString(8));
  fs.unlinkSync(file);
  fs.mkdirSync(path.join(__dirname, 'never'), { mode: 'rwxr-xr-x' });
});
