// A 50ms busy-wait delays a 10ms timer: it fires only after the block, and after the sync code.
const start = Date.now();
let firedAt = -1;
setTimeout(() => {
  firedAt = Date.now() - start;
  console.log('10ms timer fired');
  console.log('fired after the 50ms block:', firedAt >= 50);
}, 10);
Promise.resolve().then(() => console.log('microtask runs after the block too'));
console.log('blocking for 50ms');
const t = Date.now();
while (Date.now() - t < 50) {}
console.log('block done');
