// An uncaught exception leads to exit code 1; the exit listener still runs and sees code 1.
process.on('exit', (code) => console.log('exit listener, code', code));
process.on('beforeExit', () => console.log('beforeExit (never)'));
setTimeout(() => {
  console.log('timer about to throw');
  throw new Error('timer failure');
}, 1);
setTimeout(() => console.log('second timer (never)'), 1);
