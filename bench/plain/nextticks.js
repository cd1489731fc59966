// Plain-Boa EQUIVALENT of bench/nextticks.js: Boa has no process.nextTick, so each tick is a microtask
// (`.then` on one resolved promise, i.e. what queueMicrotask does). Same 100k callbacks, same FIFO order, same checksum line.
const resolved = Promise.resolve();
const nextTick = (f, arg) => { resolved.then(() => f(arg)); };
const N = 100000;
const M = 1000000007;
let h = 0;
let count = 0;
function tick(i) {
  count++;
  h = (h * 31 + i) % M;
}
for (let i = 0; i < N / 2; i++) nextTick(tick, i);
let r = 0;
function rec() {
  tick(N / 2 + r);
  if (++r < N / 2) nextTick(rec);
  else console.log('nextticks', count, 'checksum', h);
}
nextTick(rec);
