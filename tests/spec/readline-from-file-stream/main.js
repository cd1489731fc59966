// readline over fs.createReadStream: one 'line' per line (CRLF handled with crlfDelay), empty lines kept, last line without newline.
const fs = require('fs');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream('./input.txt'), crlfDelay: Infinity });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line)));
rl.on('close', () => console.log('close after', n, 'lines'));
