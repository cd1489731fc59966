// Recursive nextTick runs to completion before any promise reaction or timer.
let depth = 0;
function recurse() {
  depth++;
  if (depth % 250 === 0) console.log('tick depth', depth);
  if (depth < 1000) process.nextTick(recurse);
}
setTimeout(() => console.log('timeout, depth =', depth), 0);
Promise.resolve().then(() => console.log('promise, depth =', depth));
process.nextTick(recurse);
process.nextTick(() => console.log('second top-level tick, depth =', depth));
