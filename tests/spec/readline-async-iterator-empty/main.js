// readline async iteration over an empty stdin ends without yielding; readline/promises interface exists; events.once(rl, 'close').
const readline = require('readline');
const { once } = require('events');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const got = [];
  for await (const line of rl) got.push(line);
  console.log('for await finished with', got.length, 'lines');
  console.log('readline/promises createInterface', typeof require('readline/promises').createInterface);
  console.log('Interface class', typeof readline.Interface, rl instanceof readline.Interface);
})();
