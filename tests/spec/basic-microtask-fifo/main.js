// queueMicrotask and promise reactions share one FIFO microtask queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.resolve().then(() => console.log('then 2'));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3 -> nested'));
  Promise.resolve().then(() => console.log('qm 3 -> nested then'));
});
Promise.resolve().then(() => console.log('then 3'));
console.log('sync done');
