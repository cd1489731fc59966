// errors: refused, malformed request, HEAD, 404 with JSON, a server that never answers (request timeout)
const http = require('http');
const net = require('net');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  if (req.url === '/json') {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'not found', method: req.method }));
  } else if (req.url === '/hang') {
    // never answers
  } else {
    res.setHeader('Content-Length', 5);
    res.end('hello');
  }
});
server.on('clientError', (err, socket) => {
  log('clientError', err.code, err.message);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
server.listen(3020, async () => {
  await new Promise((resolve) => {
    http.get('http://127.0.0.1:3999/', () => log('no')).on('error', (e) => { log('refused', e.message, e.code); resolve(); });
  });
  await new Promise((resolve) => {
    const s = net.connect(3020, '127.0.0.1', () => s.write('NONSENSE / HTTP/1.1\r\n\r\n'));
    s.setEncoding('utf8');
    let got = '';
    s.on('data', (d) => got += d);
    s.on('close', () => { log('raw reply', JSON.stringify(got)); resolve(); });
  });
  await new Promise((resolve) => {
    http.request({ port: 3020, method: 'HEAD', path: '/' }, (res) => {
      log('HEAD', res.statusCode, res.headers['content-length']);
      res.on('data', () => log('HEAD has data?'));
      res.on('end', () => { log('HEAD end'); resolve(); });
    }).end();
  });
  await new Promise((resolve) => {
    http.get({ port: 3020, path: '/json' }, (res) => {
      let b = '';
      res.on('data', (d) => b += d);
      res.on('end', () => { log(res.statusCode, res.headers['content-type'], JSON.parse(b)); resolve(); });
    });
  });
  await new Promise((resolve) => {
    const req = http.get({ port: 3020, path: '/hang', timeout: 50 }, () => log('no'));
    req.on('timeout', () => { log('timeout fired'); req.destroy(new Error('gave up')); });
    req.on('error', (e) => log('hang error', e.message));
    req.on('close', () => { log('hang close'); resolve(); });
  });
  server.closeAllConnections();
  server.close(() => log('closed'));
});
