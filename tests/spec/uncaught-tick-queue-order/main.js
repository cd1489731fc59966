// A nextTick that throws into an 'uncaughtException' listener ends node's tick drain: the rest of the
// queue runs after the next callback (here the timer), not at once.
process.on('uncaughtException', (e) => console.log('handled', e.message));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('t2'));
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => { throw new Error('t3'); });
  process.nextTick(() => console.log('t4'));
  setTimeout(() => console.log('timer2'), 5);
}, 0);
setImmediate(() => console.log('immediate'));
process.on('exit', () => console.log('exit'));
