// Piped stdin that is not UTF-8 reaches the script byte for byte: as a Buffer, decoded as latin1, and through
// readline (invalid sequences become U+FFFD).
const fs = require('fs');
const raw = fs.readFileSync('/dev/stdin');
console.log(raw.length, raw);
console.log(JSON.stringify(raw.toString('latin1')));
console.log(JSON.stringify(raw.toString('utf8')));
const rl = require('readline').createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line), Buffer.byteLength(line)));
rl.on('close', () => console.log('closed after', n, 'lines'));
