// Timers: 10k setTimeout callbacks with delays 0..9 ms (i*7 % 10). The checksum does not depend on how
// timers of different delays interleave (wall-clock dependent in node); it does check FIFO order within a delay.
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
