// Microtasks queued inside ticks wait until every pending tick (including new ones) has run.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
process.nextTick(() => {
  console.log('tick 2');
  queueMicrotask(() => {
    console.log('microtask from tick 2');
    process.nextTick(() => console.log('tick from that microtask'));
    Promise.resolve().then(() => console.log('promise from that microtask'));
  });
});
console.log('sync');
