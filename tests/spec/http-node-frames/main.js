// Errors from http and net show node's own frames: the parser's under a request handler, connect and
// listen failures, a write after end (its callback first, then 'error').
const http = require('http');
const net = require('net');
const show = (label, e) => console.log(label, e.stack.replaceAll(__dirname, '.').replace(/:::\d+/g, ':::PORT'), e.code);
const server = http.createServer((req, res) => {
  if (req.url === '/twice') {
    res.end('done');
    res.on('error', (e) => show('res error event:', e));
    console.log('write returned', res.write('more', (e) => console.log('write callback:', e.code)));
    return;
  }
  const user = JSON.parse('{"name": "x"}');
  res.end(user.profile.email);
});
server.listen(0, () => {
  const port = server.address().port;
  const again = net.createServer();
  again.on('error', (e) => {
    show('listen:', e);
    http.get({ port: 1 }).on('error', (e2) => {
      show('connect:', e2);
      http.get({ port, path: '/twice' }, (res) => {
        res.resume();
        res.on('end', () => http.get({ port, path: '/profile' }));
      });
    });
  });
  again.listen(port);
});
