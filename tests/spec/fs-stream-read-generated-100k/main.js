// Reads a 100 KB deterministic file written with fs.writeFileSync: chunk count/sizes for default and custom hwm, checksum.
const fs = require('fs');
const FILE = 'generated.tmp.bin';
const SIZE = 100 * 1000;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 7 + (i >> 8)) & 0xff;
fs.writeFileSync(FILE, data);
function sum(buf) { let s = 0; for (const b of buf) s = (s * 31 + b) >>> 0; return s; }
function read(opts) {
  return new Promise((resolve, reject) => {
    const sizes = [];
    const bufs = [];
    fs.createReadStream(FILE, opts)
      .on('data', (c) => { sizes.push(c.length); bufs.push(c); })
      .on('error', reject)
      .on('close', () => resolve({ sizes, all: Buffer.concat(bufs) }));
  });
}
(async () => {
  for (const opts of [{}, { highWaterMark: 16 * 1024 }, { highWaterMark: 30000 }, { highWaterMark: 100000 }, { highWaterMark: 200000 }]) {
    const { sizes, all } = await read(opts);
    const counts = {};
    for (const s of sizes) counts[s] = (counts[s] || 0) + 1;
    console.log('hwm', opts.highWaterMark || 'default', 'chunks', sizes.length, 'sizes', JSON.stringify(counts), 'total', all.length, 'same', all.equals(data), 'sum', sum(all));
  }
  let n = 0;
  let total = 0;
  for await (const chunk of fs.createReadStream(FILE, { highWaterMark: 40000 })) {
    n++;
    total += chunk.length;
  }
  console.log('for await: chunks', n, 'bytes', total);
  fs.unlinkSync(FILE);
})();
