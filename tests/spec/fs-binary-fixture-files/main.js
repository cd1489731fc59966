// Files that are not UTF-8 text sit next to the script: an image, a Latin-1 CSV export, raw bytes.
const fs = require('fs');
const path = require('path');

const png = fs.readFileSync(path.join(__dirname, 'logo.png'));
console.log('signature ok:', png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])));
console.log('size:', png.readUInt32BE(16) + 'x' + png.readUInt32BE(20), 'bytes:', png.length);
console.log(png.subarray(0, 16));

const csv = fs.readFileSync(path.join(__dirname, 'legacy.csv'), 'latin1');
for (const line of csv.trim().split('\n').slice(1)) {
  const [name, city] = line.split(';');
  console.log(`${name} lives in ${city}`);
}
console.log('as utf8:', JSON.stringify(fs.readFileSync(path.join(__dirname, 'legacy.csv'), 'utf8').split('\n')[1]));

const blob = fs.readFileSync(path.join(__dirname, 'data', 'blob.bin'));
console.log(blob, blob.toString('hex'), fs.statSync(path.join(__dirname, 'data', 'blob.bin')).size);
console.log(fs.readdirSync(__dirname).filter((n) => !n.startsWith('expected')).sort());
console.log(fs.readdirSync(path.join(__dirname, 'data')));
