// Exercise-style input: the whole of stdin with fs.readFileSync(0); a second read of fd 0 is at end of
// file, /dev/stdin opens the input again; fs.writeFileSync(1) writes to stdout.
const fs = require('fs');
const lines = fs.readFileSync(0, 'utf8').trim().split('\n');
const n = Number(lines[0]);
const nums = lines[1].split(' ').map(Number);
console.log(n, nums.reduce((a, b) => a + b, 0), lines[2].toUpperCase());
console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
console.log(fs.readFileSync('/dev/stdin').length);
fs.writeFileSync(1, 'written to fd 1\n');
fs.writeSync(2, 'written to fd 2\n');
