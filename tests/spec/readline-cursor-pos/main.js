// getCursorPos() measures the prompt and the line, as node (no terminal: one row, unbounded columns).
const readline = require('readline');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: false });
console.log(rl.getCursorPos(), rl.line, rl.cursor);
console.log(typeof rl.closed, rl.closed);
rl.close();
console.log(rl.closed);
