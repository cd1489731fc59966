// dns.lookup and a keep-alive connection reused for sequential requests (default global agent)
const http = require('http');
const dns = require('dns');
dns.lookup('localhost', (err, address, family) => console.log('lookup', err, address, family));
dns.lookup('localhost', { all: true }, (err, list) => console.log('all', list.length > 0));
dns.lookup('no-such-host.invalid', (err) => console.log('bad', err.code, err.syscall, err.hostname));
dns.promises.lookup('127.0.0.1').then((r) => console.log('promise', r));
let n = 0;
const server = http.createServer((req, res) => res.end(String(++n)));
server.on('connection', () => console.log('new connection'));
server.listen(3022, async () => {
  for (let i = 0; i < 3; i++) {
    const body = await new Promise((resolve) => http.get('http://localhost:3022/', (res) => {
      let b = ''; res.on('data', (d) => b += d); res.on('end', () => resolve(b + ' reused=' + res.req.reusedSocket));
    }));
    console.log('got', body);
  }
  server.close(() => console.log('closed'));
});
