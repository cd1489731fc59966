// process.exit(2) inside a timer stops everything at once: exit fires, beforeExit does not, pending work is dropped.
process.on('beforeExit', () => console.log('beforeExit (never)'));
process.on('exit', (code) => console.log('exit event, code', code));
setTimeout(() => {
  console.log('timer 1: calling process.exit(2)');
  setImmediate(() => console.log('immediate (never)'));
  process.nextTick(() => console.log('tick (never)'));
  Promise.resolve().then(() => console.log('promise (never)'));
  process.exit(2);
  console.log('after exit (never)');
}, 1);
setTimeout(() => console.log('timer 2 same list (never)'), 1);
setTimeout(() => console.log('later timer (never)'), 50);
