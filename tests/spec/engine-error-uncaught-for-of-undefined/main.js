// Iterating undefined at the top level: "x is not iterable" at the value.
let queue;
console.log('start');
for (const job of queue) {
  console.log(job);
}
