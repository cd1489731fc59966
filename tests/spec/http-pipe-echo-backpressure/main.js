// streaming: echo a large request body back with req.pipe(res); the client counts bytes
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  req.pipe(res);
  res.on('finish', () => console.log('server finished'));
});
server.listen(3021, () => {
  const req = http.request({ port: 3021, method: 'PUT' }, (res) => {
    let n = 0, chunks = 0;
    res.on('data', (d) => { n += d.length; chunks++; });
    res.on('end', () => { console.log('echoed', n, 'bytes', res.headers['transfer-encoding'], chunks > 1); server.close(); });
  });
  const block = Buffer.alloc(100000, 'a');
  let i = 0, falses = 0;
  function more() {
    while (i < 20) {
      i++;
      if (!req.write(block)) { falses++; req.once('drain', more); return; }
    }
    req.end(() => console.log('request sent', falses > 0));
  }
  more();
});
