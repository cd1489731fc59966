// readline: a second question() while one is pending re-prompts the first; breaking out of `for await`
// leaves the interface open (it closes at the input's end); `closed` appears only once closed.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
console.log('closed before:', rl.closed);
rl.on('close', () => console.log('\nclose event, closed =', rl.closed));
rl.question('A? ', (a) => {
  console.log('A got', a);
  (async () => {
    for await (const line of rl) {
      console.log('line', line);
      if (line === 'stop') break;
    }
    console.log('after loop');
  })();
});
rl.question('B? ', (b) => console.log('B got', b));
