// One slow synchronous handler hurts everyone. Virtual clients (this lesson's config.network.clients) send
// 4 x 20 quick requests to / and, meanwhile, 5 requests to /report, whose handler blocks the event loop for
// 30 ms. Requests that arrive while it runs wait in the kernel until the loop comes back: look at the network
// panel's client-side latency: p50 stays small, p99 jumps to tens of milliseconds. Then make /report
// asynchronous (e.g. split the work with setImmediate) and compare.
const http = require('http');

const expected = 4 * 20 + 5;
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
  if (++served === expected) {
    console.log(`served ${served} requests; closing`);
    server.close();
  }
});

server.listen(3000, () => console.log('listening on port 3000'));
