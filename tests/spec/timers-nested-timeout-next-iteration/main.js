// A setTimeout(0) created inside a timer callback runs after the other already-due timers.
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => console.log('nested from outer 1'), 0);
  setImmediate(() => console.log('immediate from outer 1'));
}, 1);
setTimeout(() => console.log('outer 2'), 1);
setTimeout(() => console.log('outer 3 (5ms)'), 5);
const t = Date.now();
while (Date.now() - t < 10) {}
