const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const flag = new Int32Array(sab);
const { port1, port2 } = new MessageChannel();
const w = new Worker(`
const { workerData } = require('worker_threads');
const { port, sab } = workerData;
const flag = new Int32Array(sab);
for (let i = 1; i <= 3; i++) port.postMessage({ i, sq: i * i });
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`, { eval: true, workerData: { port: port2, sab }, transferList: [port2] });
const r = Atomics.wait(flag, 0, 0, 5000);
console.log('wait result', r);
let msg;
while ((msg = receiveMessageOnPort(port1)) !== undefined) console.log('got', msg.message);
port1.close();
w.on('exit', (c) => console.log('exit', c));
// A second round: the main thread blocks with a timeout the worker beats, then one nothing notifies.
const again = new Int32Array(new SharedArrayBuffer(4));
const w2 = new Worker(`
const { workerData } = require('worker_threads');
setTimeout(() => { Atomics.store(workerData, 0, 5); console.log('worker notified', Atomics.notify(workerData, 0)); }, 30);
`, { eval: true, workerData: again });
console.log('second wait', Atomics.wait(again, 0, 0, 1000), Atomics.load(again, 0));
console.log('third wait', Atomics.wait(again, 0, 5, 10));
w2.on('exit', (c) => console.log('second exit', c));
