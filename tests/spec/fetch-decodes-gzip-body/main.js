const http = require('http');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  const body = zlib.gzipSync('compressed payload '.repeat(10));
  res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' });
  res.end(body);
});
server.listen(0, () => {
  http.get({ port: server.address().port }, res => {
    console.log(res.headers['content-encoding']);
    const gunzip = zlib.createGunzip(); let s = '';
    res.pipe(gunzip).on('data', c => s += c).on('end', async () => {
      console.log(s.length, s.slice(0, 19));
      const r = await fetch(`http://localhost:${server.address().port}`);
      console.log((await r.text()).length);
      server.close();
    });
  });
});
