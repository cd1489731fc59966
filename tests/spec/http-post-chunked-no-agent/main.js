// POST with chunked body, custom headers, status codes, no keep-alive agent
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    log('server body', JSON.stringify(body), JSON.stringify(req.headers), req.rawHeaders.length);
    res.setHeader('X-Custom', ['a', 'b']);
    res.setHeader('Content-Type', 'text/plain');
    res.writeHead(201, { 'X-Extra': '1' });
    res.write('part1,');
    res.write('part2');
    res.end();
  });
});
server.listen(3010, () => {
  const req = http.request({ port: 3010, method: 'POST', path: '/upload', agent: false, headers: { 'X-Req': 'yes' } }, (res) => {
    log('status', res.statusCode, res.statusMessage);
    const h = Object.assign({}, res.headers); delete h.date;
    log('headers', JSON.stringify(h));
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', () => log('body', body));
    res.on('close', () => { log('res close'); server.close(() => log('closed')); });
  });
  req.on('close', () => log('req close'));
  req.write('hello ');
  req.end('world');
});
