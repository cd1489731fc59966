// Puzzle mixing everything: ticks, promises, async/await, timers, immediates, nested scheduling from each.
console.log('1 sync');
setTimeout(() => {
  console.log('8 timeout');
  process.nextTick(() => console.log('9 tick in timeout'));
  Promise.resolve().then(() => console.log('10 promise in timeout'));
  setImmediate(() => console.log('14 immediate from timeout'));
  setTimeout(() => console.log('15 timeout from timeout (next iteration)'), 0);
}, 0);
setTimeout(() => console.log('11 second timeout'), 0);
setImmediate(() => {
  console.log('12 immediate');
  process.nextTick(() => console.log('13 tick in immediate'));
});
process.nextTick(() => {
  console.log('3 tick');
  Promise.resolve().then(() => console.log('6 promise from tick'));
  process.nextTick(() => console.log('4 tick from tick'));
});
(async () => {
  console.log('2 async fn sync part');
  await null;
  console.log('5 after await');
  queueMicrotask(() => console.log('7 microtask from async'));
})();
const t = Date.now();
while (Date.now() - t < 5) {} // both 0ms timeouts are due when the loop starts
