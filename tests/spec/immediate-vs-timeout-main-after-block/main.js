// In the main module, if the script blocks long enough the 0ms timeout is due and runs before the immediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const t = Date.now();
while (Date.now() - t < 10) {}
console.log('block done');
