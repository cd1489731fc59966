// Watch the timers phase: a 10 ms timer is only a minimum delay. The main script blocks for ~50 ms,
// so the loop cannot even look at the timer until the busy loop ends.
const t0 = Date.now();

setTimeout(() => {
  const elapsed = Date.now() - t0;
  console.log('timer asked for 10 ms');
  console.log('fired after at least 50 ms:', elapsed >= 50);
  console.log('late by at least 40 ms:', elapsed - 10 >= 40);
}, 10);

console.log('blocking the main thread for 50 ms...');
while (Date.now() - t0 < 50) {
  // busy wait: nothing else can run on this thread
}
console.log('done blocking; the timer is overdue but still has to wait for the loop');
