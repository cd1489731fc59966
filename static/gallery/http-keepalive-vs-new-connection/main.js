// Five requests one after another, twice: with a keep-alive agent (node 20's default: http.globalAgent keeps
// connections open) and with `agent: false` (a new connection, and its handshake, for every request).
// Count the server's 'connection' events and watch the network panel's connections and client pool.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end(`answer to ${req.url}`));
server.on('connection', () => connections++);

function get(path, agent) {
  return new Promise((resolve, reject) => {
    http.get({ port: 3001, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ body, reused: res.req.reusedSocket }));
    }).on('error', reject);
  });
}

server.listen(3001, async () => {
  const keepAlive = new http.Agent({ keepAlive: true });
  for (let i = 1; i <= 5; i++) {
    const r = await get(`/keep-alive/${i}`, keepAlive);
    console.log(`${r.body} (reused socket: ${r.reused})`);
  }
  console.log(`keep-alive agent: ${connections} connection(s) for 5 requests`);
  keepAlive.destroy();

  connections = 0;
  for (let i = 1; i <= 5; i++) {
    const r = await get(`/new/${i}`, false);
    console.log(`${r.body} (reused socket: ${r.reused})`);
  }
  console.log(`agent: false: ${connections} connection(s) for 5 requests`);
  server.close();
});
