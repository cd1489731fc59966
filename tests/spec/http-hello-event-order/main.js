// http: hello-world server and http.get, every event of both sides in order, default keep-alive agent
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  log('request', req.method, req.url, req.httpVersion, JSON.stringify(req.headers));
  req.on('data', (d) => log('req data', d.length));
  req.on('end', () => log('req end'));
  req.on('close', () => log('req close'));
  res.on('finish', () => log('res finish'));
  res.on('close', () => log('res close'));
  res.end('Hello World');
  log('after end', res.headersSent, res.finished, res.writableEnded, res.writableFinished);
});
server.on('connection', () => log('connection'));
server.listen(3000, () => {
  log('listening');
  const req = http.get('http://localhost:3000/path?q=1', (res) => {
    log('response', res.statusCode, res.statusMessage, res.httpVersion);
    const h = Object.assign({}, res.headers); h.date = typeof h.date;
    log('headers', JSON.stringify(h));
    log('raw', res.rawHeaders.filter((x, i) => i % 2 === 0).join(','));
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; log('res data', JSON.stringify(d)); });
    res.on('end', () => { log('res end', body, res.complete); server.close(() => log('server closed')); });
    res.on('close', () => log('res (client) close'));
  });
  req.on('socket', (s) => log('req socket', s.constructor.name));
  req.on('finish', () => log('req finish'));
  req.on('close', () => log('req (client) close'));
  log('req sent', req.method, req.path, req.getHeader('host'), JSON.stringify(req.getHeaders()));
});
process.on('exit', () => log('exit'));
