// 1000 timers with 10 distinct delays (0..45ms) fire grouped by delay and in insertion order within a delay.
const fired = [];
for (let i = 0; i < 1000; i++) {
  const delay = ((i * 7) % 10) * 5; // 0..45, with 0 behaving as 1
  setTimeout(() => fired.push(i), delay);
}
const t = Date.now();
while (Date.now() - t < 60) {} // all due at once: order is by list expiry, then insertion
setTimeout(() => {
  let sum = 0;
  let weighted = 0;
  fired.forEach((v, idx) => { sum += v; weighted = (weighted * 31 + v * (idx + 1)) % 1000000007; });
  console.log('fired', fired.length, 'sum', sum, 'checksum', weighted);
  console.log('first 12:', fired.slice(0, 12).join(','));
  console.log('last 12:', fired.slice(-12).join(','));
  let inOrderWithinDelay = true;
  const lastByDelay = {};
  for (const v of fired) {
    const d = (v * 7) % 10;
    if (lastByDelay[d] !== undefined && lastByDelay[d] > v) inOrderWithinDelay = false;
    lastByDelay[d] = v;
  }
  console.log('insertion order kept within each delay:', inOrderWithinDelay);
}, 70);
