// Inside a timer callback, setImmediate always runs before a new setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  setTimeout(() => {
    setTimeout(() => console.log('timeout (round 2)'), 0);
    setImmediate(() => console.log('immediate (round 2)'));
  }, 20);
}, 0);
