// Timers, immediates and ticks scheduled in an exit listener never run; promise microtasks still drain after it.
process.on('exit', (code) => {
  console.log('exit listener start, code', code);
  setTimeout(() => console.log('timer from exit (never)'), 0);
  setImmediate(() => console.log('immediate from exit (never)'));
  Promise.resolve().then(() => console.log('promise from exit (runs: V8 drains microtasks after the listener)'));
  process.nextTick(() => console.log('tick from exit (never)'));
  console.log('exit listener end');
});
console.log('main');
