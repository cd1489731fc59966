// Watch the nextTick queue: a callback that keeps re-queueing itself never lets the loop move on.
// The timer and the immediate are ready almost at once, but they wait for all 10000 ticks.
const LIMIT = 10000;
let ticks = 0;
const seen = {};

function record(name) {
  seen[name] = ticks;
  if (Object.keys(seen).length < 2) return;
  // Printed in a fixed order: which of the two runs first in the main module is up to the loop entry time.
  console.log('setTimeout(0) ran after', seen.timeout, 'ticks');
  console.log('setImmediate ran after', seen.immediate, 'ticks');
}
setTimeout(() => record('timeout'), 0);
setImmediate(() => record('immediate'));

function spin() {
  ticks++;
  if (ticks < LIMIT) process.nextTick(spin);
  else console.log('nextTick chain finished:', ticks, 'ticks');
}
process.nextTick(spin);
console.log('main script done, ticks so far:', ticks);
