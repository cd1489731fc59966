// Inside a timer callback the nextTick queue also runs before promise reactions.
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('  promise in t1'));
  process.nextTick(() => console.log('  tick in t1'));
}, 0);
setTimeout(() => {
  console.log('timeout 2');
  queueMicrotask(() => console.log('  microtask in t2'));
  process.nextTick(() => console.log('  tick in t2'));
}, 0);
