// Closing a MessagePort: its own queued messages are dropped unless their delivery began; peers' 'close' order.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('port2 got', m));
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
port1.postMessage('a');
port1.postMessage('b');
port2.close();
console.log('closed receiver synchronously');
const ch = new MessageChannel();
ch.port2.on('message', (m) => console.log('ch.port2 got', m));
ch.port2.on('close', () => console.log('ch.port2 close'));
ch.port1.postMessage('x');
ch.port1.postMessage('y');
ch.port1.close();
console.log('closed sender synchronously');
setTimeout(() => {
  const { port1, port2 } = new MessageChannel();
  const log = [];
  port2.on('message', (m) => {
    log.push('message ' + m);
    if (m === 3) { port2.close(); }
  });
  port1.postMessage(1);
  process.nextTick(() => log.push('nextTick'));
  Promise.resolve().then(() => log.push('promise'));
  queueMicrotask(() => { log.push('microtask'); port1.postMessage(2); });
  port1.postMessage(3);
  log.push('sync');
  port2.on('close', () => console.log(log.join('\n')));
}, 10);
