// A runWorker() promise rejected by a worker's error, left unhandled: node's fromPromise header over the worker's stack.
const { Worker } = require('worker_threads');
function runWorker(src) {
  return new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true });
    w.on('message', resolve);
    w.on('error', reject);
  });
}
async function main() {
  const a = await runWorker(`require('worker_threads').parentPort.postMessage(1)`);
  console.log('first result', a);
  const b = await runWorker(`
    const items = null;
    require('worker_threads').parentPort.postMessage(items.length);
  `);
  console.log('second result', b);
}
main();
