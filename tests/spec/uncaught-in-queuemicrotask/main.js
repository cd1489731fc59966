// An error thrown in a queueMicrotask callback is an uncaught exception (not a rejection).
process.on('unhandledRejection', () => console.log('unhandledRejection (never)'));
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => {
  throw new SyntaxError('microtask 2 failed');
});
setTimeout(() => console.log('timer (never)'), 0);
