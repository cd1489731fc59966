// resets, destroys and writes after the peer is gone
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    const cmd = d.toString();
    log('server got', cmd);
    if (cmd === 'reset') sock.resetAndDestroy();
    else if (cmd === 'destroy') sock.destroy();
  });
  sock.on('error', (e) => log('server sock error', e.code));
  sock.on('close', (h) => log('server sock close', h));
});
server.listen(4005, '127.0.0.1', async () => {
  await new Promise((resolve) => {
    const c = net.connect(4005, '127.0.0.1', () => c.write('reset'));
    c.on('error', (e) => log('client1 error', e.message, e.code, e.errno, e.syscall));
    c.on('end', () => log('client1 end'));
    c.on('close', (h) => { log('client1 close', h); resolve(); });
  });
  await new Promise((resolve) => {
    const c = net.connect(4005, '127.0.0.1', () => c.write('destroy'));
    c.on('error', (e) => log('client2 error', e.message));
    c.on('end', () => { log('client2 end', c.readyState); });
    c.on('close', (h) => { log('client2 close', h, c.destroyed); resolve(); });
  });
  await new Promise((resolve) => {
    const c = net.connect(4005, '127.0.0.1', () => {
      c.end('bye');
      c.write('more', (err) => log('write cb', err && err.code, err && err.message));
    });
    c.on('error', (e) => log('client3 error', e.code));
    c.on('close', (h) => { log('client3 close', h); resolve(); });
  });
  server.getConnections((err, n) => {
    log('connections', err, n);
    server.close(() => log('closed'));
  });
});
