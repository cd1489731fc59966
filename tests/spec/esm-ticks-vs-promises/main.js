// In an ES module entry, promise jobs run before process.nextTick callbacks (the module is evaluated inside a microtask checkpoint), unlike CommonJS.
console.log('sync start');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
queueMicrotask(() => console.log('queueMicrotask'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('sync end');
