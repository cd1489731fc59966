// A worker's uncaught error with no 'error' listener on its Worker crashes the main thread too.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('exit', (code) => console.log('exit', code));
  console.log('started worker');
} else {
  throw new RangeError('worker blew up');
}
