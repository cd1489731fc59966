// readline over an empty (closed) stdin: no 'line' events, 'close' fires; the for-await form ends immediately too.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, terminal: false });
let lines = 0;
rl.on('line', () => lines++);
rl.on('close', () => {
  console.log('close fired, lines =', lines);
  setImmediate(() => console.log('after close'));
});
console.log('interface created; terminal =', rl.terminal);
process.on('exit', (code) => console.log('exit', code));
