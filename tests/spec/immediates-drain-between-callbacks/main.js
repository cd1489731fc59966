// Ticks and microtasks are drained after every setImmediate callback.
for (const name of ['I1', 'I2', 'I3']) {
  setImmediate(() => {
    console.log(name);
    Promise.resolve().then(() => console.log('  ', name, 'promise'));
    process.nextTick(() => console.log('  ', name, 'tick'));
  });
}
