// Plain-Boa EQUIVALENT of bench/timers.js: Boa has no setTimeout (no clock, no event loop), so each of the
// 10k callbacks is queued as a microtask (`.then` on one resolved promise) instead; delays are ignored (callbacks run in insertion order,
// which keeps FIFO within each delay, so the checksum line matches node's).
const resolved = Promise.resolve();
const setTimeout = (f, _delay) => { resolved.then(f); };
const N = 10000;
const M = 1000000007;
let sum = 0;
let count = 0;
let fifo = true;
const lastByDelay = new Array(10).fill(-1);
const delayOf = (i) => (i * 7) % 10;
for (let i = 0; i < N; i++) {
  const d = delayOf(i);
  setTimeout(() => {
    count++;
    sum = (sum + i * 7919 + d) % M;
    if (lastByDelay[d] > i) fifo = false;
    lastByDelay[d] = i;
    if (count === N) console.log('timers', count, 'fifo-within-delay', fifo, 'checksum', sum);
  }, d);
}
