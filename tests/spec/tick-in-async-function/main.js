// After an await, the continuation is a microtask: ticks it schedules run after sibling microtasks.
async function worker(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'resumed');
  process.nextTick(() => console.log(name, 'tick'));
  await null;
  console.log(name, 'resumed again');
}
worker('A');
worker('B');
process.nextTick(() => console.log('top-level tick'));
Promise.resolve().then(() => console.log('top-level promise'));
