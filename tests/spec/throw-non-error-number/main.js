// Throwing a primitive (42) uncaught prints the value and exits with code 1.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw 42;
}, 1);
