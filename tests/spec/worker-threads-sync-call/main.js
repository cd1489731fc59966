// synchronous request to a worker using Atomics.wait + receiveMessageOnPort
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename, { workerData: { sab, port: port2 }, transferList: [port2] });
  for (const n of [3, 10, 20]) {
    Atomics.store(flag, 0, 0);
    port1.postMessage(n);
    Atomics.wait(flag, 0, 0);
    const r = receiveMessageOnPort(port1);
    console.log(`fib(${n}) =`, r.message);
  }
  port1.close();
  w.terminate().then(() => console.log('done'));
} else {
  const flag = new Int32Array(workerData.sab);
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  workerData.port.on('message', (n) => {
    workerData.port.postMessage(fib(n));
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
