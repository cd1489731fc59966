// A peer that resets the connection, and a client without an 'error' listener.
const net = require('net');
const server = net.createServer((socket) => {
  socket.once('data', () => socket.resetAndDestroy());
});
server.listen(0, () => {
  const client = net.connect(server.address().port, () => client.write('hello?'));
  client.on('close', () => server.close());
});
