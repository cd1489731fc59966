// readline over process.stdin with for await: every line, including the empty one and the last one without a
// trailing newline; multi-byte characters intact.
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, JSON.stringify(line), line.length);
  console.log('done after', n, 'lines');
})();
