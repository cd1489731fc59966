// The load that the gallery lesson "A slow handler and tail latency" gives its server with virtual clients, generated
// in real node against that same lesson file on 127.0.0.1:3000: 4 keep-alive connections x 20 requests to / with
// 2 ms think time, and 1 connection x 5 requests to /report starting after 3 ms with 5 ms think time. Prints latency
// percentiles and throughput (real time). The lesson's server closes itself after the 85 requests.
const path = require('path');
const http = require('http');
const { performance } = require('perf_hooks');
require(path.join(__dirname, '../../static/gallery/http-slow-handler-tail-latency/main.js'));

const PORT = 3000;
const lat = [];
let first = Infinity;
let last = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function one(agent, path) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    first = Math.min(first, t0);
    http.get({ port: PORT, path, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        const t1 = performance.now();
        last = Math.max(last, t1);
        lat.push(t1 - t0);
        resolve();
      });
    }).on('error', reject);
  });
}

async function connection(path, requests, think, start) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await sleep(start);
  for (let i = 0; i < requests; i++) {
    await one(agent, path);
    if (think) await sleep(think);
  }
  agent.destroy();
}

// The lesson listens synchronously on require; start on the next turn.
setImmediate(async () => {
  await Promise.all([
    ...[0, 1, 2, 3].map(() => connection('/', 20, 2, 0)),
    connection('/report', 5, 5, 3),
  ]);
  lat.sort((a, b) => a - b);
  const p = (q) => lat[Math.min(lat.length, Math.max(1, Math.ceil((q / 100) * lat.length))) - 1];
  const f = (x) => `${x.toFixed(3)}ms`;
  console.log(`requests ${lat.length}; latency min ${f(lat[0])} · p50 ${f(p(50))} · p90 ${f(p(90))} · p99 ${f(p(99))} · max ${f(lat[lat.length - 1])}; throughput ${(lat.length / ((last - first) / 1000)).toFixed(1)} requests/s over ${f(last - first)}`);
});
