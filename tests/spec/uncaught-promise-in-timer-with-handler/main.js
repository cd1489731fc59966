// Both listeners installed: after a timer throws, node re-enters the timer list at once, so the next due timer runs before the pending tick and rejection.
process.on('uncaughtException', (e, origin) => console.log('uncaughtException:', e.message, origin));
process.on('unhandledRejection', (r) => console.log('unhandledRejection:', r.message));
setTimeout(() => {
  Promise.reject(new Error('rejected first'));
  process.nextTick(() => console.log('tick after throw'));
  throw new Error('thrown second');
}, 1);
setTimeout(() => console.log('next timer'), 1);
const t = Date.now();
while (Date.now() - t < 5) {} // both timers are due when the loop starts
