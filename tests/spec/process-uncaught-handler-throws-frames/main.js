// A throwing process handler's stack: node's frames under process.emit.
process.on('uncaughtException', (err) => {
  console.log('handling', err.message);
  throw new Error('handler itself failed');
});
process.on('exit', (c) => console.log('exit', c));
throw new Error('original');
