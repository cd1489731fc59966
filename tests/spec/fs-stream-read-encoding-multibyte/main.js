// fs.createReadStream with encoding utf8 and a tiny highWaterMark: multi-byte characters are never split; setEncoding later.
const fs = require('fs');
const raw = fs.readFileSync('input.txt');
console.log('bytes', raw.length, 'hex', raw.toString('hex'));
const chunks = [];
fs.createReadStream('input.txt', { encoding: 'utf8', highWaterMark: 3 })
  .on('data', (c) => chunks.push(c))
  .on('close', () => {
    console.log('utf8 chunks', JSON.stringify(chunks), 'joined', chunks.join('') === raw.toString());
    const bufs = [];
    fs.createReadStream('input.txt', { highWaterMark: 3 })
      .on('data', (c) => bufs.push(c.length + ':' + c.toString('hex')))
      .on('close', () => {
        console.log('raw chunks', bufs.join(' '));
        const rs = fs.createReadStream('input.txt', { highWaterMark: 2 });
        rs.setEncoding('base64');
        const b64 = [];
        rs.on('data', (c) => b64.push(c));
        rs.on('end', () => console.log('base64 chunks', JSON.stringify(b64), 'joined ok', b64.join('') === raw.toString('base64')));
      });
  });
