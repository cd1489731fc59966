// Watch the two microtask queues: process.nextTick callbacks always drain before promise reactions.
// A nextTick queued from inside a promise reaction waits until the promise queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick queued by promise 1'));
  Promise.resolve().then(() => console.log('promise 3 (queued by promise 1)'));
});
Promise.resolve().then(() => console.log('promise 2'));

process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 3 (queued by tick 1)'));
  Promise.resolve().then(() => console.log('promise 4 (queued by tick 1)'));
});
process.nextTick(() => console.log('tick 2'));

setTimeout(() => console.log('timeout: only after both queues are empty'), 0);
console.log('main script done');
