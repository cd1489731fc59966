// Competitive-programming input: fs.readSync on fd 0 in chunks, then the rest with readFileSync(0).
const fs = require('fs');
const buf = Buffer.alloc(8);
let n = fs.readSync(0, buf, 0, 8, null);
console.log(n, JSON.stringify(buf.toString('utf8', 0, n)));
n = fs.readSync(0, buf, 0, 4, 0);
console.log('pread', n, JSON.stringify(buf.toString('utf8', 0, n)));
n = fs.readSync(0, buf);
console.log(n, JSON.stringify(buf.toString('utf8', 0, n)));
const rest = fs.readFileSync(0, 'utf8');
console.log(JSON.stringify(rest));
console.log(fs.readSync(0, buf, 0, 8, null));
