// fetch against a server of the script: undici request headers, Response/Headers, json/text, a POST body
const http = require('http');
const server = http.createServer((req, res) => {
  let b = ''; req.on('data', (d) => b += d);
  req.on('end', () => {
    console.log('server', req.method, req.url, JSON.stringify(req.rawHeaders), JSON.stringify(b));
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Multi', ['1', '2']);
    res.end(JSON.stringify({ ok: true, n: 1 }));
  });
});
server.listen(3030, async () => {
  const r = await fetch('http://localhost:3030/api?x=1');
  console.log(r.status, r.statusText, r.ok, r.url, r.redirected, r.type, r.bodyUsed);
  console.log([...r.headers.keys()].join(','), r.headers.get('x-multi'), r.headers.get('Content-Type'));
  console.log(await r.json(), r.bodyUsed);
  const p = await fetch('http://localhost:3030/post', { method: 'POST', body: 'abc', headers: { 'X-A': 'b' } });
  console.log(await p.text());
  const h = new Headers({ b: '2', A: '1' }); h.append('a', '3');
  console.log([...h], h.has('A'), String(h.get('a')));
  const resp = new Response('hi', { status: 201, headers: { 'x': 'y' } });
  console.log(resp.status, resp.ok, await resp.text(), resp.headers.get('x'));
  server.close();
});
