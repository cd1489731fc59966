// MessagePorts in transfer lists: to a worker (a private channel), within one thread, and the errors.
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    port.postMessage('hi over private channel');
    port.postMessage({ sum: 1 + 2 });
    port.close();
  });
`, { eval: true });
w.postMessage({ port: port2 }, [port2]);
port1.on('message', (m) => console.log('port1 got', m));
port1.on('close', () => {
  console.log('port1 closed');
  const a = new MessageChannel();
  const b = new MessageChannel();
  a.port2.on('message', (msg) => {
    console.log('a.port2 got', msg.label, msg.reply.constructor.name, msg.reply === b.port2);
    msg.reply.postMessage('reply via transferred port');
    msg.reply.close();
    a.port2.close();
  });
  b.port1.on('message', (m) => console.log('b.port1 got', m));
  b.port1.on('close', () => console.log('b.port1 closed'));
  a.port1.postMessage({ label: 'req', reply: b.port2 }, [b.port2]);
  try { a.port1.postMessage({ p: b.port1 }); } catch (e) { console.log('port without transfer:', e.name, e.code, e.message); }
  try { structuredClone(b.port1, { transfer: [b.port1, b.port1] }); } catch (e) { console.log(e.name, e.code, e.message); }
});
