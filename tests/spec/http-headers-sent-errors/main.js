// Header changes after a response was sent: node's ERR_HTTP_HEADERS_SENT with its frame, and an uncaught one's header.
const http = require('http');
const server = http.createServer((req, res) => {
  res.end('done');
  for (const f of [() => res.setHeader('a', 'b'), () => res.setHeaders(new Map([['a', 'b']])), () => res.appendHeader('a', 'b'), () => res.removeHeader('a'), () => res.writeHead(200)]) {
    try { f(); } catch (e) { console.log(e.code, e.message, '|', e.stack.split('\n')[1].trim()); }
  }
  server.close();
  res.setHeader('X-Late', '1');
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => r.resume()).on('error', () => {}));
