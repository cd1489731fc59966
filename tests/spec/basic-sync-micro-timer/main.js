// Sync code runs first, then the microtask (promise) queue, then timers.
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise then'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync 2');
