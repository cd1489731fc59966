// A nextTick queued inside a microtask runs only after the whole microtask queue drains.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => {
  console.log('microtask 3');
  process.nextTick(() => {
    console.log('tick from microtask 3');
    Promise.resolve().then(() => console.log('promise from that tick'));
  });
});
setTimeout(() => console.log('timeout'), 0);
