// fs.createWriteStream then fs.createReadStream with a small highWaterMark: chunk sizes, 'finish'/'close'/'end' events, cleanup.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'stream-out.txt');
const ws = fs.createWriteStream(file);
console.log('write returns', ws.write('alpha,'), ws.write(Buffer.from('beta,')));
ws.end('gamma', () => console.log('end callback'));
ws.on('finish', () => console.log('finish, bytesWritten', ws.bytesWritten));
ws.on('close', () => {
  console.log('write stream closed');
  const rs = fs.createReadStream(file, { highWaterMark: 4, encoding: 'utf8' });
  const chunks = [];
  rs.on('open', () => console.log('read stream open'));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => console.log('end', JSON.stringify(chunks), 'bytesRead', rs.bytesRead));
  rs.on('close', () => {
    console.log('read stream closed');
    const ranged = fs.createReadStream(file, { start: 6, end: 9 });
    ranged.on('data', (c) => console.log('ranged chunk', c));
    ranged.on('close', () => {
      const bad = fs.createReadStream(path.join(__dirname, 'missing.txt'));
      bad.on('error', (e) => {
        console.log('missing file error', e.code, e.syscall);
        fs.unlinkSync(file);
        console.log('cleaned', !fs.existsSync(file));
      });
    });
  });
});
