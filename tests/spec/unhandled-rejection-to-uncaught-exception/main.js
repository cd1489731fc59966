// Without an unhandledRejection listener, an uncaughtException listener receives it with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err instanceof Error ? err.message : err, '| origin:', origin);
});
Promise.reject(new Error('rejected promise'));
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('thrown in timer');
}, 1);
setTimeout(() => console.log('second timer still runs'), 5);
process.on('exit', (code) => console.log('exit', code));
