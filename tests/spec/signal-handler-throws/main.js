// A SIGINT listener that throws, the signal sent with process.kill: the error's frames end at process.emit, as
// node's signal handle calls it.
process.on('SIGINT', (sig) => {
  console.log('got', sig);
  throw new Error('cleanup failed');
});
process.kill(process.pid, 'SIGINT');
setTimeout(() => console.log('never printed'), 1000);
