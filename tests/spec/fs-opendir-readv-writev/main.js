// fs.opendir / Dir, readv/writev, fdatasync, realpath.native.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-opendir_iterate');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
for (const n of ['c', 'a', 'b']) fs.writeFileSync(path.join(dir, n), n);
(async () => {
  const d = await fs.promises.opendir(dir);
  console.log(d.constructor.name, path.relative(__dirname, d.path));
  const names = [];
  for await (const ent of d) names.push(ent.name + (ent.isFile() ? ':file' : ''));
  console.log(names.sort());
  const d2 = fs.opendirSync(dir);
  let e, count = 0;
  while ((e = d2.readSync()) !== null) count++;
  d2.closeSync();
  console.log('count', count);
  try { d2.closeSync(); } catch (err) { console.log(err.code, err.message); }
  fs.rmSync(dir, { recursive: true });
  vectored();
})();
function vectored() {
  const f = path.join(__dirname, 'tmp-readv_writev.txt');
  const fd = fs.openSync(f, 'w+');
  console.log(fs.writevSync(fd, [Buffer.from('abc'), Buffer.from('def'), Buffer.from('g')]));
  const a = Buffer.alloc(2), b = Buffer.alloc(4);
  console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
  console.log(fs.fsyncSync(fd), fs.fdatasyncSync(fd));
  fs.writev(fd, [Buffer.from('XY')], 1, (err, n, bufs) => {
    console.log(err, n, bufs.length);
    fs.readv(fd, [Buffer.alloc(7)], 0, (err2, n2, bufs2) => {
      console.log(n2, bufs2[0].toString());
      fs.closeSync(fd);
      fs.realpath.native(f, (err3, p) => { console.log(err3, path.relative(__dirname, p)); fs.unlinkSync(f); });
    });
  });
}
