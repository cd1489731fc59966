// net: allowHalfOpen on both ends, a late reply after the peer ended, an idle timeout
const net = require('net');
const order = [];
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.setEncoding('utf8');
  let body = '';
  sock.on('data', (d) => body += d);
  sock.on('end', () => {
    console.log('server end, body', body, sock.readyState);
    setTimeout(() => sock.end('late reply'), 10);
  });
  sock.on('close', () => console.log('server sock close'));
});
server.listen(4003, () => {
  const c = net.connect({ port: 4003, host: '127.0.0.1', allowHalfOpen: true });
  c.setEncoding('utf8');
  c.end('request');
  c.on('finish', () => console.log('client finish', c.readyState));
  c.on('data', (d) => console.log('client data', d));
  c.on('end', () => { console.log('client end', c.readyState); server.close(); });
  c.on('close', () => console.log('client close'));
  c.setTimeout(5, () => { console.log('client timeout', c.timeout); c.setTimeout(0); });
});
