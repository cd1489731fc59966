// A microtask that keeps queueing microtasks starves timers until the chain ends.
setTimeout(() => console.log('timeout (after all microtasks)'), 0);
let n = 0;
function step() {
  n++;
  if (n <= 5) console.log('microtask step', n);
  if (n < 100) queueMicrotask(step);
  else console.log('microtask chain done at', n);
}
queueMicrotask(step);
console.log('sync end');
