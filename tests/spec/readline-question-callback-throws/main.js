// A question() callback that throws: node calls it from readline's `[_onLine]`.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('Name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Age? ', (age) => {
    const n = Number(age);
    if (!Number.isInteger(n)) throw new RangeError(`not an age: ${age}`);
    console.log(n);
    rl.close();
  });
});
