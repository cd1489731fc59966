const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const w = new Worker(`
const { workerData, parentPort } = require('worker_threads');
parentPort.postMessage('about to block');
Atomics.wait(new Int32Array(workerData), 0, 0);
parentPort.postMessage('never');
`, { eval: true, workerData: sab });
w.on('message', async (m) => {
  console.log('main:', m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (c) => console.log('exit event', c));
