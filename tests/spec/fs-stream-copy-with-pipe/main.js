// Copy a file with readStream.pipe(writeStream): 'pipe'/'unpipe'/'finish'/'close' events, size and content match.
const fs = require('fs');
const path = require('path');
const src = 'source.txt';
const dst = 'copy.tmp.txt';
const rs = fs.createReadStream(src, { highWaterMark: 50 });
const ws = fs.createWriteStream(dst);
const log = [];
let chunks = 0;
rs.on('data', () => chunks++);
rs.on('end', () => log.push('rs end'));
rs.on('close', () => log.push('rs close'));
ws.on('pipe', (s) => log.push('ws pipe from ' + path.basename(s.path)));
ws.on('unpipe', () => log.push('ws unpipe'));
ws.on('finish', () => log.push('ws finish'));
ws.on('close', () => {
  log.push('ws close');
  console.log(log.join('\n'));
  const a = fs.readFileSync(src);
  const b = fs.readFileSync(dst);
  console.log('chunks', chunks, 'sizes', a.length, b.length, 'equal', a.equals(b));
  console.log('bytesRead', rs.bytesRead, 'bytesWritten', ws.bytesWritten);
  fs.unlinkSync(dst);
});
console.log('pipe returns dest', rs.pipe(ws) === ws);
