// An eval worker's uncaught error with no 'error' listener: node's [worker eval] header, frames and rethrow.
const { Worker } = require('worker_threads');
const w = new Worker(`
  throw new Error('worker exploded');
`, { eval: true });
console.log('started');
