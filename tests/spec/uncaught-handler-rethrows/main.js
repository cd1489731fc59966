// If the uncaughtException listener itself throws, node gives up with exit code 7.
process.on('uncaughtException', (err) => {
  console.log('listener got:', err.message);
  throw new Error('listener failed too');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('original');
}, 1);
