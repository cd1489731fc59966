// fs.readFile of fd 0 and /dev/stdin (callback and promise forms) read the scenario's stdin.
const fs = require('fs');
fs.readFile(0, 'utf8', (err, d) => {
  console.log('fd 0:', err ? err.code : JSON.stringify(d));
  fs.readFile('/dev/stdin', (err2, d2) => {
    console.log('/dev/stdin:', err2 ? err2.code : d2.length, 'bytes');
    fs.promises.readFile('/dev/stdin', 'utf8').then((d3) => console.log('promises:', d3.split('\n').length, 'lines'));
  });
});
console.log('sync first');
