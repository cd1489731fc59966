// A nextTick that throws into an 'uncaughtException' listener ends node's tick drain. At startup the rest of the
// queue runs when the check phase starts (before the first immediate); between two immediates the throw leaves
// processImmediate, which node calls again: the next immediate runs first, then the rest of the ticks.
process.on('uncaughtException', (e) => console.log('handler:', e.message));
process.nextTick(() => { throw new Error('startup tick'); });
process.nextTick(() => console.log('second startup tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => { throw new Error('tick between immediates'); });
  process.nextTick(() => {
    console.log('tick b');
    setImmediate(() => console.log('immediate from tick b'));
  });
  Promise.resolve().then(() => console.log('microtask after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
