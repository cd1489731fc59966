// mkdtempSync (random suffix: only its shape is printed), chmodSync modes we set ourselves, utimesSync with fixed times, then cleanup.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(__dirname, 'tmp-'));
try {
  const name = path.basename(tmp);
  console.log('mkdtemp name shape', /^tmp-[A-Za-z0-9]{6}$/.test(name), 'is dir', fs.statSync(tmp).isDirectory());
  const rel = fs.mkdtempSync('./tmp-rel-');
  console.log('relative prefix gives relative result', rel.startsWith('tmp-rel-') || rel.startsWith('./tmp-rel-') , rel.length);
  fs.rmdirSync(rel);
  const f = path.join(tmp, 'f.txt');
  fs.writeFileSync(f, 'x');
  fs.chmodSync(f, 0o640);
  console.log('mode after chmod 640', (fs.statSync(f).mode & 0o777).toString(8));
  fs.chmodSync(f, '755');
  console.log('mode after chmod "755"', (fs.statSync(f).mode & 0o777).toString(8), 'isFile still', fs.statSync(f).isFile());
  const fd = fs.openSync(f, 'r');
  fs.fchmodSync(fd, 0o600);
  fs.closeSync(fd);
  console.log('mode after fchmod 600', (fs.statSync(f).mode & 0o777).toString(8));
  fs.utimesSync(f, 1000, new Date(Date.UTC(2001, 0, 1)));
  const st = fs.statSync(f);
  console.log('atime', st.atime.toISOString(), 'mtime', st.mtime.toISOString(), 'mtimeMs', st.mtimeMs);
  fs.utimesSync(f, '2000', 1e9);
  console.log('string/number seconds', fs.statSync(f).atimeMs, fs.statSync(f).mtime.toISOString());
  try {
    fs.chmodSync(path.join(tmp, 'missing'), 0o644);
  } catch (e) {
    console.log('chmod missing:', e.code, e.syscall, e.message.split(__dirname).join('<dir>').replace(name, 'tmp-XXXXXX'));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log('cleaned', !fs.existsSync(tmp), fs.readdirSync(__dirname).filter((n) => n.startsWith('tmp-')).length);
