// If the unhandledRejection listener itself throws, that error crashes the process as an uncaught exception (exit 1).
process.on('unhandledRejection', (reason) => {
  console.log('listener got', reason.message, '- now throwing');
  throw new Error('listener failed');
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('original'));
