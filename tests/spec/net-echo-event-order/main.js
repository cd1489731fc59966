// net: echo server and client, every event in order (listening, lookup, connection, data, end, finish, close)
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((sock) => {
  log('server connection', sock.remoteAddress, typeof sock.remotePort, sock.localPort);
  sock.on('data', (d) => { log('server data', JSON.stringify(d.toString())); sock.write('echo:' + d); });
  sock.on('end', () => { log('server end'); sock.end('bye'); });
  sock.on('finish', () => log('server finish'));
  sock.on('close', (h) => { log('server close', h); server.close(() => log('server closed')); });
});
server.on('listening', () => log('listening', server.address()));
server.listen(3001, () => {
  log('listen cb');
  const c = net.connect(3001, 'localhost', () => log('client connect cb'));
  c.on('connect', () => log('client connect'));
  c.on('ready', () => log('client ready'));
  c.on('lookup', (e, a, f, h) => log('lookup', e, a, f, h));
  c.setEncoding('utf8');
  c.on('data', (d) => { log('client data', JSON.stringify(d)); if (d.startsWith('echo')) c.end(); });
  c.on('end', () => log('client end'));
  c.on('finish', () => log('client finish'));
  c.on('close', (h) => log('client close', h));
  c.write('hello');
  log('write queued', c.pending, c.connecting, c.readyState);
});
process.on('exit', () => log('exit'));
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick'));
