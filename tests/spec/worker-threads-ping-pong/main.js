// Request/response between the main thread and a worker; the worker ends by closing its parentPort.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  let n = 0;
  w.on('message', (m) => {
    console.log('main <-', m);
    Promise.resolve().then(() => console.log('  microtask after', m));
    if (++n < 4) w.postMessage('ping ' + n);
    else w.postMessage('stop');
  });
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage('ping 0');
  setTimeout(() => console.log('main timeout 0'), 0);
} else {
  parentPort.on('message', (m) => {
    if (m === 'stop') { parentPort.close(); return; }
    parentPort.postMessage(m.replace('ping', 'pong'));
  });
}
