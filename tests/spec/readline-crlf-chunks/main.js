// A '\r' ending one chunk ends its line at once; a '\n' starting the next chunk (within crlfDelay) belongs to it.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
rl.on('line', (l) => console.log(JSON.stringify(l)));
rl.on('close', () => console.log('close'));
input.write('one\r');
setTimeout(() => { input.write('\ntwo\r\nthree\rfour\n'); input.write('five\r'); input.write('\r\nsix'); input.end(); }, 10);
