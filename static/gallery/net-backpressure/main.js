// Backpressure over a network connection. The server sends 4 MiB in 64 KiB chunks to a client that reads
// slowly (it pauses for 5 ms after every chunk). The bytes pile up along the way: in flight, then unread in
// the client's kernel buffer; once they exceed the kernel buffers (256 KiB in Looplab; a few MiB on Linux) the server's writes stop completing and
// write() returns false. The server waits for 'drain' before writing on. Watch the network panel's
// "in flight" and "unread" columns and the streams panel's buffer levels.
const net = require('net');

const CHUNK = Buffer.alloc(64 * 1024, 'x');
const TOTAL = 64; // chunks: 4 MiB

const server = net.createServer((socket) => {
  let sent = 0;
  let falses = 0;
  let drains = 0;
  function writeMore() {
    while (sent < TOTAL) {
      sent++;
      if (!socket.write(CHUNK)) {
        falses++;
        socket.once('drain', () => {
          drains++;
          writeMore();
        });
        return;
      }
    }
    socket.end();
    console.log(`server: write() returned false: ${falses > 0 ? 'yes' : 'no'}; one 'drain' per false: ${drains === falses ? 'yes' : 'no'}`);
  }
  writeMore();
});

server.listen(3002, () => {
  const client = net.connect(3002, '127.0.0.1');
  let received = 0;
  client.on('data', (chunk) => {
    received += chunk.length;
    client.pause();
    setTimeout(() => client.resume(), 5);
  });
  client.on('end', () => {
    console.log(`client: received ${received} bytes`);
    server.close(() => console.log('server closed'));
  });
});
