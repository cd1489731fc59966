// The load-test server (the gallery's slow-handler lesson): quick answers on /, a 30 ms synchronous block on
// /report; it closes itself after the expected number of requests.
const http = require('http');

const expected = Number(process.env.EXPECTED || 85);
let served = 0;

function busyWork(ms) {
  const end = Date.now() + ms;
  let x = 0;
  while (Date.now() < end) x++;
  return x;
}

const server = http.createServer((req, res) => {
  if (req.url === '/report') busyWork(30);
  res.end(`ok ${req.url}\n`);
  if (++served === expected) server.close();
});
server.listen(Number(process.env.PORT || 3000));
module.exports = server;
