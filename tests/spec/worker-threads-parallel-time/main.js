// A worker runs in parallel: the main thread's timers fire while the worker is busy for ~150 ms.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const start = Date.now();
  const w = new Worker(__filename);
  setTimeout(() => console.log('main timer at ~10 ms fired while the worker computes'), 10);
  setTimeout(() => console.log('main timer at ~80 ms fired while the worker computes'), 80);
  setTimeout(() => console.log('main timer at 600 ms'), 600);
  w.on('message', (m) => console.log('worker says', m, Date.now() - start >= 150 ? '(after >= 150 ms)' : '(too early)'));
  w.on('exit', (c) => console.log('worker exit', c));
} else {
  const t = Date.now();
  let spins = 0;
  while (Date.now() - t < 150) spins++;
  parentPort.postMessage(spins > 0 ? 'done' : 'no spins');
}
