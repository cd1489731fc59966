// An interval whose callback blocks past its period is re-armed from the callback's start: one late run, no burst.
let n = 0;
const runs = [];
const start = Date.now();
const iv = setInterval(() => {
  n++;
  runs.push(Date.now() - start);
  if (n === 1) {
    console.log('run 1: blocking 200ms');
    const t = Date.now();
    while (Date.now() - t < 200) {}
  } else {
    console.log('run', n);
  }
  if (n === 3) {
    clearInterval(iv);
    // run 2 cannot start before run 1 ended (>= 200ms after it started): no catch-up burst
    console.log('run 2 started after block ended:', runs[1] - runs[0] >= 200);
  }
}, 20);
// Run 1 starts at ~20ms and the interval is re-armed relative to that start (due ~40ms), so after the
// block run 2 is due earlier than this 150ms timeout and runs first.
setTimeout(() => console.log('timeout 150ms (due during the block, runs after run 2)'), 150);
