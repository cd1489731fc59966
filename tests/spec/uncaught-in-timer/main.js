// An error thrown in a timer callback crashes the process with exit code 1; later timers never run.
setTimeout(() => console.log('timer 1'), 1);
setTimeout(() => {
  throw new RangeError('timer 2 failed');
}, 1);
setTimeout(() => console.log('timer 3 (never)'), 1);
