// Ticks and microtasks are drained after every single timer callback, not after the whole phase.
for (const name of ['T1', 'T2', 'T3']) {
  setTimeout(() => {
    console.log(name);
    process.nextTick(() => console.log('  ', name, 'tick'));
    Promise.resolve().then(() => console.log('  ', name, 'promise'));
    queueMicrotask(() => process.nextTick(() => console.log('  ', name, 'tick from microtask')));
  }, 1);
}
setTimeout(() => console.log('T4 different list (2ms)'), 2);
const t = Date.now();
while (Date.now() - t < 10) {}
