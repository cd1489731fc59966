// fs.createReadStream options: highWaterMark chunk sizes, start/end (inclusive), encoding, path/bytesRead properties.
const fs = require('fs');
function readAll(label, opts) {
  return new Promise((resolve) => {
    const rs = fs.createReadStream('input.txt', opts);
    const sizes = [];
    const parts = [];
    rs.on('data', (c) => {
      sizes.push(c.length);
      parts.push(typeof c === 'string' ? c : c.toString());
    });
    rs.on('end', () => {
      console.log(label, 'sizes', sizes.join(','), 'bytesRead', rs.bytesRead, 'hwm', rs.readableHighWaterMark);
      console.log('   text', JSON.stringify(parts.join('')));
    });
    rs.on('close', resolve);
  });
}
(async () => {
  console.log('file size', fs.statSync('input.txt').size);
  await readAll('default', {});
  await readAll('hwm 16', { highWaterMark: 16 });
  await readAll('start 5 end 12', { start: 5, end: 12 });
  await readAll('start 9 hwm 10', { start: 9, highWaterMark: 10 });
  await readAll('end 0', { end: 0 });
  await readAll('utf8 hwm 7', { encoding: 'utf8', highWaterMark: 7 });
  await readAll('hex hwm 4', { encoding: 'hex', highWaterMark: 4, end: 7 });
  const rs = fs.createReadStream('input.txt');
  console.log('path property', rs.path, 'pending', rs.pending, 'bytesRead', rs.bytesRead);
  rs.on('open', (fd) => console.log('open fd is number', typeof fd === 'number', 'pending', rs.pending));
  rs.on('ready', () => console.log('ready'));
  rs.on('close', () => console.log('close after destroy, bytesRead', rs.bytesRead));
  rs.on('ready', () => rs.destroy());
  try {
    fs.createReadStream('input.txt', { start: 10, end: 2 });
  } catch (err) {
    console.log('start > end:', err.code, err.message);
  }
})();
