// Parallel fs.readFile calls complete in any order; results are collected by index and printed once all are done.
const fs = require('fs');
const names = ['part1.txt', 'part2.txt', 'part3.txt', 'part4.txt', 'part5.txt', 'nope.txt'];
const results = new Array(names.length);
let pending = names.length;
names.forEach((name, i) => {
  fs.readFile(`./${name}`, 'utf8', (err, text) => {
    results[i] = err ? `${name}: ${err.code}` : `${name}: ${text} (${text.length})`;
    if (--pending === 0) {
      console.log(results.join('\n'));
      console.log('total chars', results.filter((r) => !r.endsWith('ENOENT')).reduce((n, r) => n + Number(r.match(/\((\d+)\)$/)[1]), 0));
    }
  });
});
console.log('started', names.length, 'reads; pending', pending);
