// socket.timeout is what setTimeout was last given (node sets it first, undefined before).
const net = require('net');
const server = net.createServer((s) => s.end('hi'));
server.listen(0, () => {
  const c = net.connect(server.address().port);
  console.log(c.timeout);
  c.setTimeout(0);
  console.log(c.timeout);
  c.setTimeout(1000, () => console.log('never'));
  console.log(c.timeout);
  c.on('data', (d) => console.log('data', String(d)));
  c.on('close', () => {
    console.log('closed', c.timeout, c.setTimeout(5).timeout);
    server.close();
  });
});
