// A BroadcastChannel reaches channels of the same name in other threads.
const { Worker, BroadcastChannel, isMainThread, threadId } = require('worker_threads');
if (isMainThread) {
  const bc = new BroadcastChannel('jobs');
  let heard = 0;
  bc.onmessage = (e) => {
    console.log('main heard:', e.data);
    if (++heard === 2) bc.close();
  };
  const w1 = new Worker(__filename);
  w1.on('exit', (c) => {
    console.log('worker 1 exit', c);
    const w2 = new Worker(__filename);
    w2.on('exit', (c2) => console.log('worker 2 exit', c2));
  });
} else {
  const bc = new BroadcastChannel('jobs');
  bc.postMessage({ from: threadId, text: 'worker says hi' });
  bc.close();
}
