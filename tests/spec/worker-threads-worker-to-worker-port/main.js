// Two workers talk over a MessageChannel whose ports their parent sent them.
const { Worker, MessageChannel } = require('worker_threads');
const code = `
const { parentPort, workerData } = require('worker_threads');
parentPort.once('message', ({ port }) => {
  if (workerData.role === 'ping') {
    let n = 0;
    port.on('message', (m) => {
      parentPort.postMessage('ping saw ' + m);
      if (++n === 3) port.close(); else port.postMessage('ping' + n);
    });
    port.postMessage('ping0');
  } else {
    port.on('message', (m) => port.postMessage(m.toUpperCase()));
    port.on('close', () => parentPort.postMessage('pong port closed'));
  }
});
`;
const a = new Worker(code, { eval: true, workerData: { role: 'ping' } });
const b = new Worker(code, { eval: true, workerData: { role: 'pong' } });
const { port1, port2 } = new MessageChannel();
a.postMessage({ port: port1 }, [port1]);
b.postMessage({ port: port2 }, [port2]);
const log = [];
a.on('message', (m) => log.push('A: ' + m));
b.on('message', (m) => log.push('B: ' + m));
let exits = 0;
const done = () => { if (++exits === 2) console.log(log.join('\n')); };
a.on('exit', done); b.on('exit', done);
