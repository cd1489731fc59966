// fs.createReadStream -> uppercase Transform -> fs.createWriteStream via stream/promises pipeline; check the output file.
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');
const IN = 'lower.tmp.txt';
const OUT = 'upper.tmp.txt';
const line = 'the quick brown fox jumps over the lazy dog\n';
fs.writeFileSync(IN, line.repeat(3000));
let chunks = 0;
const upper = new Transform({
  transform(chunk, enc, cb) {
    chunks++;
    cb(null, chunk.toString('latin1').toUpperCase());
  },
});
(async () => {
  const rs = fs.createReadStream(IN, { highWaterMark: 32 * 1024 });
  const ws = fs.createWriteStream(OUT);
  await pipeline(rs, upper, ws);
  const out = fs.readFileSync(OUT, 'latin1');
  console.log('input size', fs.statSync(IN).size, 'output size', fs.statSync(OUT).size);
  console.log('transform chunks', chunks, 'bytesRead', rs.bytesRead, 'bytesWritten', ws.bytesWritten);
  console.log('first bytes', JSON.stringify(out.slice(0, 20)));
  console.log('all upper', out === line.toUpperCase().repeat(3000));
  console.log('streams destroyed', rs.destroyed, ws.destroyed, 'closed', rs.closed, ws.closed);
  fs.unlinkSync(IN);
  fs.unlinkSync(OUT);
  console.log('cleaned up', fs.existsSync(IN), fs.existsSync(OUT));
})();
