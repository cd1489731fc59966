// A worker gets workerData, posts results back in order, prints through the parent, and exits with 0.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  console.log('main: isMainThread', isMainThread, 'threadId', threadId);
  const w = new Worker(__filename, { workerData: { n: 5, tags: new Set(['a']), when: new Date(0), big: 10n } });
  console.log('worker threadId', w.threadId);
  const got = [];
  w.on('online', () => console.log('online'));
  w.on('message', (m) => got.push(m));
  w.on('exit', (code) => {
    console.log('messages:', got);
    console.log('worker exited with', code, 'threadId now', w.threadId);
  });
  console.log('main continues');
} else {
  const { n, tags, when, big } = workerData;
  console.log('worker: isMainThread', isMainThread, 'threadId', threadId);
  console.log('worker got', n, tags, when.toISOString(), typeof big);
  console.error('worker stderr line');
  for (let i = 0; i < 3; i++) parentPort.postMessage(i * n);
  parentPort.postMessage({ done: true, map: new Map([[1, { deep: [1, 2] }]]), buf: new Uint8Array([1, 2, 3]) });
  process.stdout.write('raw write from worker\n');
}
