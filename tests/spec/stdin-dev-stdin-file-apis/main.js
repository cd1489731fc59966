// /dev/stdin as a file (node main.js < stdin.txt): a read stream under readline, FileHandle.readLines, readFileSync.
const fs = require('fs');
const rl = require('readline').createInterface({ input: fs.createReadStream('/dev/stdin') });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => console.log(lines.length, lines));
fs.promises.open('/dev/stdin').then(async (fh) => { for await (const l of fh.readLines()) console.log('fh', l); });
console.log(fs.readFileSync('/dev/stdin', 'utf8').length);
