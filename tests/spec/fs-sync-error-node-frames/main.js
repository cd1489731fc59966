// Errors of synchronous fs calls carry node's lib/fs.js frames above the caller's.
const fs = require('fs');
const rel = (text) => text.replaceAll(__dirname, '.');
fs.mkdirSync('./existing', { recursive: true });
const calls = {
  readFileSync: () => fs.readFileSync('./missing.txt'),
  'readFileSync utf8': () => fs.readFileSync('./missing.txt', 'utf8'),
  writeFileSync: () => fs.writeFileSync('./nodir/x.txt', 'x'),
  appendFileSync: () => fs.appendFileSync('./nodir/x.txt', 'x'),
  readdirSync: () => fs.readdirSync('./missing'),
  statSync: () => fs.statSync('./missing'),
  mkdirSync: () => fs.mkdirSync('./existing'),
  unlinkSync: () => fs.unlinkSync('./missing'),
  renameSync: () => fs.renameSync('./missing', './b'),
  openSync: () => fs.openSync('./missing', 'r'),
  accessSync: () => fs.accessSync('./missing'),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
  } catch (err) {
    console.log(name, '->', rel(err.stack));
  }
}
try {
  fs.readFileSync('./missing.json');
} catch (err) {
  console.log(rel(require('util').inspect(err)));
}
console.log(fs.readFileSync.length, fs.readFileSync.name, fs.statSync('./existing').isDirectory());
