// The first Node course program: a web server. Here it runs on Looplab's virtual network: the request from
// http.get below travels over a loopback connection in virtual time. Step through it and watch the network
// panel: the connection opens, the request arrives in the poll phase, the response goes back, and
// server.close() lets the process exit (the client's keep-alive socket is idle, so it is closed too).
const http = require('http');

const server = http.createServer((req, res) => {
  console.log(`server: ${req.method} ${req.url}`);
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World\n');
});

server.listen(3000, () => {
  console.log('listening on port 3000');
  http.get('http://localhost:3000/hello', (res) => {
    console.log(`client: status ${res.statusCode}, ${res.headers['content-type']}`);
    res.setEncoding('utf8');
    res.on('data', (chunk) => process.stdout.write(`client: body ${chunk}`));
    res.on('end', () => {
      console.log('client: response complete');
      server.close(() => console.log('server closed'));
    });
  });
});
