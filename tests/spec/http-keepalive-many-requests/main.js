// More than ten requests over one kept-alive socket: no listener piles up on it (no MaxListeners warning).
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(`hello ${req.url}`);
});
server.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (let i = 0; i < 12; i++) {
    const r = await fetch(`${base}/${i}`);
    if (i === 0) console.log((await r.blob()).type);
    else console.log(await r.text());
  }
  for (let i = 0; i < 12; i++) {
    await new Promise((resolve) => http.get(`${base}/get${i}`, (res) => { res.resume(); res.on('end', resolve); }));
  }
  console.log('done');
  server.close();
});
