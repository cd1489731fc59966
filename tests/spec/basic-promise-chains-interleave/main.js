// Two independent promise chains interleave one link at a time.
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
Promise.resolve()
  .then(() => console.log('c1'))
  .then(() => console.log('c2'));
console.log('sync');
