// fetch honours its signal: aborted before (its reason, a DOMException or any value), AbortSignal.timeout, and
// an abort while the request is out destroys it.
const http = require('http');
const server = http.createServer((req, res) => { setTimeout(() => res.end('slow'), 200); });
server.listen(0, async () => {
  const url = `http://localhost:${server.address().port}/`;
  const ac = new AbortController(); ac.abort();
  try { await fetch(url, { signal: ac.signal }); } catch (e) { console.log('pre', e.name, e.message, e instanceof DOMException); }
  const ac2 = new AbortController(); ac2.abort('why');
  try { await fetch(url, { signal: ac2.signal }); } catch (e) { console.log('pre-reason', e); }
  try { await fetch(url, { signal: AbortSignal.timeout(50) }); } catch (e) { console.log('timeout', e.name, e.message); }
  const ac3 = new AbortController(); setTimeout(() => ac3.abort(), 30);
  try { await fetch(url, { signal: ac3.signal }); } catch (e) { console.log('during', e.name, e.message); }
  const r = await fetch(url); console.log('ok', await r.text());
  server.close();
});
