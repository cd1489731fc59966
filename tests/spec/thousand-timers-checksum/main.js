// 1000 timers over 10 delays (0..45ms) fire grouped by delay list, in insertion order within a list.
const fired = [];
// The first 10 timers create one list per delay in ascending order; the rest go to lists in a scrambled order.
const delayOf = (i) => (i < 10 ? i : (i * 7) % 10) * 5; // 0..45ms, 0 behaving as 1
for (let i = 0; i < 1000; i++) setTimeout(() => fired.push(i), delayOf(i));
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
    const d = delayOf(v);
    if (lastByDelay[d] !== undefined && lastByDelay[d] > v) inOrderWithinDelay = false;
    lastByDelay[d] = v;
  }
  console.log('insertion order kept within each delay:', inOrderWithinDelay);
}, 70);
