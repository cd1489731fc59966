// Watch the loop-delay histogram: three timers each block the loop for ~30 ms,
// and monitorEventLoopDelay records how late its own sampling timer got to run.
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();

function block(ms) {
  const start = Date.now();
  while (Date.now() - start < ms) {}
}

let round = 0;
function tick() {
  round++;
  block(30);
  if (round < 3) setTimeout(tick, 20);
  else setTimeout(report, 20);
}
setTimeout(tick, 20);

function report() {
  h.disable();
  const ms = (ns) => ns / 1e6;
  console.log('samples recorded:', h.count > 0);
  console.log('max delay >= 25 ms:', ms(h.max) >= 25);
  console.log('min delay < 25 ms:', ms(h.min) < 25);
  console.log('p99 is a', typeof h.percentile(99));
  console.log('p99 >= p50:', h.percentile(99) >= h.percentile(50));
}
