// Immediates queued from an immediate run in the next loop iteration, after due timers.
setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate from A (next iteration)'));
  setTimeout(() => console.log('timeout from A'), 0);
  const t = Date.now();
  while (Date.now() - t < 5) {} // the timeout is due before the next iteration begins
});
setImmediate(() => console.log('immediate B (same iteration as A)'));
