// BigIntStats, null-prototype constants and FileHandle results, 4 KiB block counts, encoding 'buffer' names.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-shapes');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'x'.repeat(5000));
const s = fs.statSync(f, { bigint: true });
console.log(s.constructor.name, typeof s.size, s.size, s.blocks, s.isFile(), s.isDirectory(), Object.keys(s).join());
console.log(fs.statSync(f).blocks, fs.statSync(dir).blocks, Object.getPrototypeOf(fs.constants), s instanceof fs.Stats);
console.log(Buffer.isBuffer(fs.readdirSync(dir, { encoding: 'buffer', withFileTypes: true })[0].name));
console.log(Buffer.isBuffer(fs.mkdtempSync(path.join(dir, 'm-'), { encoding: 'buffer' })));
fs.stat(f, { bigint: true }, (e, st) => {
  console.log('cb', st.constructor.name, st.isFile());
  fs.promises.open(f, 'r+').then(async (fh) => {
    console.log(await fh.write('hi'), await fh.read(Buffer.alloc(2), 0, 2, 0));
    console.log((await fh.stat({ bigint: true })).constructor.name);
    await fh.close();
    fs.rmSync(dir, { recursive: true });
  });
});
