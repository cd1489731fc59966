// A file just written is not newer than Date.now() read after it ("is the cache fresh?" checks); two files
// written in order keep their order.
const fs = require('fs');
const path = require('path');
const a = path.join(__dirname, 'a.txt');
const b = path.join(__dirname, 'b.txt');
fs.writeFileSync(a, 'first');
fs.appendFileSync(a, '\nedited');
const age = Date.now() - fs.statSync(a).mtimeMs;
console.log('age >= 0:', age >= 0, 'fresh:', age < 60000);
fs.writeFileSync(b, 'second');
console.log('b not older than a:', fs.statSync(b).mtimeMs >= fs.statSync(a).mtimeMs);
fs.rmSync(a);
fs.rmSync(b);
