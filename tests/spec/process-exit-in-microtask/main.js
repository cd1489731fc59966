// process.exit() from a microtask ends the process before remaining microtasks, ticks and timers.
process.on('exit', (code) => console.log('exit event, code', code, 'exitCode', process.exitCode));
setTimeout(() => console.log('timeout (never)'), 0);
process.exitCode = 7;
Promise.resolve()
  .then(() => {
    console.log('microtask 1: exiting with no argument (uses exitCode)');
    queueMicrotask(() => console.log('microtask 2 (never)'));
    process.exit();
  });
console.log('main');
