// A throw inside an exit listener is reported on stderr and the process exits with code 1.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  throw new Error('exit listener failed');
});
console.log('main');
