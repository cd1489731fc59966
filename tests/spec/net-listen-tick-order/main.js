// net: listening and error events against nextTicks (listen with a host looks it up first)
const net = require('net');
const log = (m) => console.log(m);
process.nextTick(() => log('tick0'));
const s1 = net.createServer().listen(4001, () => {
  log('s1 listening');
  process.nextTick(() => log('tick after s1 listening'));
  setImmediate(() => log('immediate'));
  const s2 = net.createServer();
  s2.on('error', (e) => { log('s2 error'); process.nextTick(() => log('tick after s2 error')); s1.close(() => log('s1 closed')); process.nextTick(() => log('tick after s1.close')); });
  s2.listen(4001);
  process.nextTick(() => log('tick after s2.listen'));
});
const s3 = net.createServer().listen(0, '127.0.0.1', () => {
  log('s3 listening');
  s3.close(() => log('s3 closed'));
  process.nextTick(() => log('tick after s3.close'));
});
process.nextTick(() => log('tick1'));
Promise.resolve().then(() => log('micro'));
