// Slowloris: a few clients open connections and send their request head one byte every 200 ms, so each
// connection stays busy for many seconds while sending almost nothing. Virtual clients (this lesson's
// config) do that with 5 connections next to 2 normal clients. The server's headersTimeout (checked every
// connectionsCheckingInterval) answers 408 to heads that take too long and frees those connections. Watch
// the network panel: five connections sit open with a few bytes each, then close at the timeout.
// Node's defaults are headersTimeout 60 s and a 30 s check; they are shortened here to fit the lesson.
const http = require('http');

let served = 0;
let timedOut = 0;
const server = http.createServer(
  { headersTimeout: 2000, requestTimeout: 5000, connectionsCheckingInterval: 500 },
  (req, res) => {
    res.end('hello\n');
    served++;
    maybeDone();
  },
);

server.on('clientError', (err, socket) => {
  if (err.code !== 'ERR_HTTP_REQUEST_TIMEOUT') {
    // The cut-off client hangs up mid-head: node reports that too (HPE_INVALID_EOF_STATE).
    socket.destroy();
    return;
  }
  timedOut++;
  console.log(`clientError ${err.code} after ${Math.round(performance.now())} ms`);
  socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  maybeDone();
});

function maybeDone() {
  if (served === 20 && timedOut === 5) {
    console.log(`served ${served} normal requests; ${timedOut} slow clients cut off`);
    server.close();
  }
}

server.listen(3000, () => console.log('listening on port 3000'));
