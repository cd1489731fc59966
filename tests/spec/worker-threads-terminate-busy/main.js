// terminate() while the worker is busy: the work it would finish later is cut short, exit code 1.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('started');
  const end = Date.now() + 300;
  while (Date.now() < end) {}
  parentPort.postMessage('done');
`, { eval: true });
w.on('message', (m) => {
  console.log('worker:', m);
  if (m === 'started') setTimeout(() => w.terminate().then((c) => console.log('terminate ->', c)), 30);
});
w.on('exit', (c) => console.log('exit event', c));
