// keep-alive pool: maxSockets 2, five requests, socket reuse
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(req.url), 10);
});
let sockets = new Set();
server.on('connection', (s) => console.log('connection', server.listening));
server.listen(3011, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => new Promise((resolve) => {
    const req = http.get({ port: 3011, path: '/r' + i, agent }, (res) => {
      let b = '';
      res.on('data', (d) => b += d);
      res.on('end', () => { console.log('done', b, 'reused', req.reusedSocket); resolve(b); });
    });
    req.on('socket', (s) => { sockets.add(s); console.log('socket for', i, Object.keys(agent.sockets).length, (agent.requests['localhost:3011:'] || []).length); });
  })));
  console.log(results.join(' '), 'distinct sockets', sockets.size, 'free', (agent.freeSockets['localhost:3011:'] || []).length);
  agent.destroy();
  server.close(() => console.log('closed'));
});
