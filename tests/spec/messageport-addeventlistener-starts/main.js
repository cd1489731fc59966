// A MessagePort starts when it gets a 'message' listener, addEventListener included (node's newListener hook).
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (ev) => {
  console.log('got', ev.data);
  if (ev.data === 3) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
setTimeout(() => {
  console.log('start() again changes nothing');
  port2.start();
}, 20);
port2.on('close', () => console.log('port2 closed'));
