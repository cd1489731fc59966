// A socket's addresses come from its handle: after close they are gone, unless read (and so kept) before.
const net = require('net');
const server = net.createServer((c) => {
  c.on('close', () => {
    console.log('server side after close:', c.remoteAddress, c.remoteFamily, c.localAddress, c.localPort);
  });
  c.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const seen = net.connect(port, '127.0.0.1', () => {
    console.log('seen while open:', seen.remoteAddress, seen.remoteFamily, seen.remotePort === port);
  });
  seen.resume();
  seen.on('close', () => {
    console.log('seen after close:', seen.remoteAddress, seen.remoteFamily, seen.remotePort === port, seen.localAddress);
    const unseen = net.connect(port, '127.0.0.1');
    console.log('while connecting:', unseen.remoteAddress, unseen.connecting);
    unseen.resume();
    unseen.on('close', () => {
      console.log('unseen after close:', unseen.remoteAddress, unseen.remoteFamily, unseen.remotePort, unseen.localAddress, unseen.localPort);
      server.close(() => console.log('server closed'));
    });
  });
});
