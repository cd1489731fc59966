// backpressure over a connection: a fast writer and a slow reader
const net = require('net');
const chunk = Buffer.alloc(64 * 1024, 'x');
let writes = 0, falses = 0, drains = 0, received = 0;
const server = net.createServer((sock) => {
  sock.pause();
  const timer = setInterval(() => {
    let d; while ((d = sock.read()) !== null) received += d.length;
  }, 5);
  sock.on('end', () => { clearInterval(timer); console.log('server got', received); server.close(); });
  sock.resume = sock.resume; // keep paused mode: reading by read()
});
server.listen(4002, () => {
  const c = net.connect(4002, '127.0.0.1');
  c.on('connect', () => {
    let i = 0;
    function write() {
      while (i < 64) {
        i++; writes++;
        if (!c.write(chunk)) { falses++; c.once('drain', () => { drains++; write(); }); return; }
      }
      c.end();
    }
    write();
  });
  c.on('finish', () => console.log('client finish', writes, falses > 0, drains === falses));
  c.on('close', () => console.log('client close', c.bytesWritten));
});
