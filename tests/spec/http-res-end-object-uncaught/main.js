// res.end with an object (a common slip): node's write_ throws, with its frames and header.
const http = require('http');
const server = http.createServer((req, res) => {
  res.statusCode = 200;
  res.end({ ok: true });
});
server.listen(0, () => {
  http.get(`http://localhost:${server.address().port}/`);
});
