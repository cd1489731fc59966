// Client requests cut short: an AbortSignal (already aborted, or aborting mid-request), a server that drops
// the connection mid-body ('aborted' then 'close', no error), and the order of a server's 'close' events.
const http = require('http');
const log = (...a) => console.log(...a);
const ac = new AbortController();
const server = http.createServer((req, res) => {
  if (req.url === '/abort') {
    log('server: request arrived');
    req.on('close', () => log('server: request closed; res.writableEnded =', res.writableEnded));
    ac.abort();
    return;
  }
  if (req.url === '/cut') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('partial ');
    return;
  }
  const events = [];
  req.on('data', () => events.push('req data'));
  req.on('end', () => {
    events.push('req end');
    res.on('finish', () => events.push('res finish'));
    res.on('close', () => events.push('res close'));
    res.end('body');
  });
  req.on('close', () => { events.push('req close'); setTimeout(() => log('server events:', events.join(', ')), 20); });
});
server.listen(0, () => {
  const port = server.address().port;
  const pre = http.get({ port, signal: AbortSignal.abort(), agent: false }, () => log('no response'));
  pre.on('error', (e) => log('pre-aborted:', e.name, e.code, e.message));
  pre.on('close', () => {
    log('pre-aborted: close');
    const req = http.get({ port, path: '/abort', signal: ac.signal, agent: false }, () => log('no response'));
    req.on('error', (e) => log('client error:', e.name, e.code, e.message));
    req.on('close', () => {
      log('client: close, destroyed =', req.destroyed);
      http.get({ port, path: '/cut' }, (res) => {
        log('status', res.statusCode);
        res.on('data', (d) => { log('chunk:', String(d)); server.closeAllConnections(); });
        res.on('aborted', () => log('res aborted, complete =', res.complete));
        res.on('error', (e) => log('res error', e.code));
        res.on('close', () => {
          log('res close');
          const post = http.request({ port, method: 'POST', agent: false }, (r) => r.resume());
          post.on('close', () => setTimeout(() => server.close(() => log('server closed')), 50));
          post.end('payload');
        });
      });
    });
  });
});
