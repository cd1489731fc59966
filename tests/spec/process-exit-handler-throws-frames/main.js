// A throwing process handler's stack: node's frames under process.emit.
process.on('exit', (c) => {
  console.log('exit with', c);
  throw new RangeError('exit handler broke');
});
process.exit(3);
