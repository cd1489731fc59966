// A 'line' listener that throws while readline reads a file: node's frames from its readline interface
// (`[_onLine]`, `[_normalWrite]`, `ReadStream.ondata`), its stream code and its fs ReadStream.
const fs = require('fs');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream(__filename) });
let n = 0;
rl.on('line', (line) => {
  if (++n === 3) throw new SyntaxError(`bad input on line ${n}: ${line.slice(0, 10)}`);
  console.log(n, line.length);
});
