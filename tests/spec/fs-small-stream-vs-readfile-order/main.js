// A small file read through a stream, and another with readFile, started together: the stream's three
// thread-pool rounds (open, read, read to the end) finish before readFile's four (open, fstat, read, close).
// A read costs the bytes it returns, not the 64 KiB buffer it asks for.
const fs = require('fs');
let words = 0;
fs.createReadStream('poem.txt', 'utf8')
  .on('data', (chunk) => { words += chunk.split(/\s+/).filter(Boolean).length; })
  .on('end', () => console.log('poem.txt words:', words))
  .on('close', () => console.log('stream closed'));
fs.readFile('config.json', 'utf8', (err, text) => {
  console.log('config keys:', Object.keys(JSON.parse(text)).join(','));
});
