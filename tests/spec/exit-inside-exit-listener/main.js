// Calling process.exit(n) inside an exit listener changes the code and stops the remaining listeners.
process.on('exit', (code) => {
  console.log('listener 1, code', code);
  process.exit(4);
});
process.on('exit', () => console.log('listener 2 (never)'));
setTimeout(() => console.log('timer'), 1);
