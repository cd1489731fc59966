// A throwing process handler's stack: node's frames under process.emit.
process.on('unhandledRejection', (reason) => {
  console.log('got', reason);
  throw new Error('rethrown from handler');
});
Promise.reject('r1');
