// http: headersTimeout checked every connectionsCheckingInterval: 408 to a client that stops mid-head, then EOF mid-message
const http = require('http');
const net = require('net');
const server = http.createServer({ headersTimeout: 300, requestTimeout: 1000, connectionsCheckingInterval: 100 }, (req, res) => res.end('ok'));
server.on('clientError', (err, socket) => { console.log('clientError', err.code, err.message); socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'); });
server.listen(3050, () => {
  const s = net.connect(3050, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n'));
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => got += d);
  s.on('close', () => { console.log('client got', JSON.stringify(got)); server.close(() => console.log('closed')); });
});
