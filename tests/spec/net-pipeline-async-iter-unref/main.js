// pipes and async iteration over sockets; server.maxConnections; unref
const net = require('net');
const { pipeline } = require('stream');
const upper = net.createServer((sock) => {
  pipeline(sock, new (require('stream').Transform)({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }), sock, (err) => console.log('pipeline done', err));
});
upper.listen(4006, async () => {
  const c = net.connect(4006);
  c.end('hello pipes');
  let got = '';
  for await (const chunk of c) got += chunk;
  console.log('got', got);
  upper.close(() => console.log('upper closed'));
  const idle = net.createServer().listen(4007);
  idle.unref();
  const t = setTimeout(() => console.log('never'), 100000);
  t.unref();
  console.log('unref done', idle.listening);
});
