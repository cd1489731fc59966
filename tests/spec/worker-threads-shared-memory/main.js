// Four workers add into one SharedArrayBuffer with Atomics; the main thread reads the totals after they exit.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(4 * 4);
  const arr = new Int32Array(sab);
  let exited = 0;
  for (let i = 0; i < 4; i++) {
    const w = new Worker(__filename, { workerData: { sab, idx: i } });
    w.on('exit', () => {
      if (++exited === 4) {
        console.log('slots:', Array.from(arr));
        console.log('total:', arr.reduce((a, b) => a + b, 0));
      }
    });
  }
} else {
  const arr = new Int32Array(workerData.sab);
  for (let k = 0; k < 1000; k++) Atomics.add(arr, 0, 1);
  Atomics.store(arr, workerData.idx === 0 ? 1 : 2, 0);
  Atomics.add(arr, 3, workerData.idx + 1);
  if (!(workerData.sab instanceof SharedArrayBuffer) && workerData.sab.byteLength !== 16) throw new Error('not shared');
}
