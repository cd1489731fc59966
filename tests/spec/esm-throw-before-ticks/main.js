// An ES module whose evaluation throws is reported from the microtask queue: promise jobs queued before
// the throw run, nextTicks and timers do not.
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('top');
throw new Error('boom');
