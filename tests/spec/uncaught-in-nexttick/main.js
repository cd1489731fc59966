// An error thrown in a nextTick callback crashes the process before promises run.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => {
  throw new Error('tick 2 failed');
});
process.nextTick(() => console.log('tick 3 (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
