// An 'uncaughtException' handler that rethrows: node shows the handler's throw above the error (the first
// throw was handled, so it is never shown) and exits with 7.
process.on('uncaughtException', (err, origin) => {
  console.log('logging', err.message, origin);
  throw err;
});
setTimeout(() => console.log('never runs'), 10);
JSON.parse('{ bad json');
