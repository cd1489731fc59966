// A port reads the messages posted to it while it delivers in the same pass, before the check phase.
const { port1, port2 } = new MessageChannel();
let n = 0;
port2.onmessage = () => {
  console.log('msg', ++n);
  if (n < 3) port1.postMessage(n);
  else port2.close();
};
setImmediate(() => console.log('immediate'));
port1.postMessage(0);
const a = new MessageChannel();
let m = 0;
a.port1.onmessage = () => {
  console.log('ping', ++m);
  if (m < 3) a.port1.postMessage(m);
  else a.port1.close();
};
a.port2.onmessage = () => {
  console.log('pong', m);
  a.port2.postMessage(m);
};
setTimeout(() => { setImmediate(() => console.log('immediate 2')); a.port2.postMessage('start'); }, 5);
