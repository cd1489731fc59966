// Watch the order: synchronous code first, then the microtask queue, then the timers phase.
// The setTimeout was scheduled before the promise, yet its callback runs last.
console.log('A: synchronous, first line');

setTimeout(() => {
  console.log('B: setTimeout(0) callback (timers phase, next loop iteration)');
}, 0);

Promise.resolve().then(() => {
  console.log('C: promise .then (microtask, right after the main script)');
});

console.log('D: synchronous, last line');
