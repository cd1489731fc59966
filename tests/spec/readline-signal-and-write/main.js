// readline: question() with an AbortSignal (callback and promise forms), write() as input without a
// terminal, readline/promises' exports and Readline class.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
console.log(Object.keys(rlp), typeof rlp.Readline);
const input = new PassThrough();
const rl = readline.createInterface({ input, output: process.stdout, terminal: false });
rl.on('line', (l) => console.log('line event:', l));
rl.write('typed as input\n');
const ac = new AbortController();
rl.question('Name? ', { signal: ac.signal }, (a) => console.log('answered:', a));
setTimeout(() => { ac.abort(); input.write('after abort\n'); }, 5);
setTimeout(() => {
  rl.close();
  const p = rlp.createInterface({ input: new PassThrough(), output: process.stdout });
  const ac2 = new AbortController();
  p.question('Continue? ', { signal: ac2.signal }).catch((e) => { console.log(e.name, e.code); p.close(); });
  setTimeout(() => ac2.abort(), 5);
}, 10);
