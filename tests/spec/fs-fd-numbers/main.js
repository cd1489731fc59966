// File descriptors as node 20 hands them out on Linux: from 18 (0-2 are stdio, 3-17 node's own), the lowest
// free number first, so a closed one is reused; fs.promises handles and callback opens share the numbering.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'main.js');
const a = fs.openSync(file, 'r');
const b = fs.openSync(file, 'r');
fs.closeSync(a);
const c = fs.openSync(file, 'r');
console.log('sync', a, b, c);
fs.closeSync(b);
fs.closeSync(c);
fs.open(file, 'r', (err, fd) => {
  console.log('callback', err, fd);
  fs.promises.open(file).then(async (h) => {
    console.log('handle', h.fd);
    await h.close();
    fs.closeSync(fd);
    console.log('after close', fs.openSync(file, 'r'));
  });
});
