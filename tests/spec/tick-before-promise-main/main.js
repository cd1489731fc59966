// In the main module the nextTick queue runs before the promise microtask queue.
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
