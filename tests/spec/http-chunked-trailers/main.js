const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'Content-MD5' });
  res.write('body');
  res.addTrailers({ 'Content-MD5': '7f4b3b2a' });
  res.end();
});
server.listen(0, () => http.get({ port: server.address().port }, res => {
  res.resume();
  res.on('end', () => { console.log(res.trailers, res.headers.trailer); server.close(); });
}));
