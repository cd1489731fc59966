// net: ECONNREFUSED, EADDRINUSE, bad ports, listen on an ephemeral port, close twice
const net = require('net');
const c = net.connect(3999, '127.0.0.1');
c.on('error', (e) => { console.log('error', e.message, e.code, e.errno, e.syscall, e.address, e.port); });
c.on('close', (h) => console.log('close', h));
const s1 = net.createServer().listen(4001, () => {
  console.log('s1 listening');
  const s2 = net.createServer();
  s2.on('error', (e) => { console.log('s2 error', e.message, e.code, e.errno, e.syscall, e.address, e.port); s1.close(() => console.log('s1 closed')); });
  s2.listen(4001);
});
const s3 = net.createServer().listen(0, '127.0.0.1', () => {
  const a = s3.address();
  console.log(a.address, a.family, typeof a.port, s3.listening);
  s3.close((e) => { console.log('s3 closed', e, s3.listening, s3.address()); s3.close((e2) => console.log('again', e2.code, e2.message)); });
});
c.on('lookup', () => console.log('lookup should not fire for IP'));
try { net.connect(70000); } catch (e) { console.log(e.code, e.message); }
console.log(net.isIP('::1'), net.isIP('1.2.3.4'), net.isIP('x'), net.isIPv4('10.0.0.1'));
