// Puzzle: promises inside timers and timers inside promises.
console.log('start');
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise inside timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('promise inside timer 2'));
}, 0);
Promise.resolve().then(() => {
  console.log('promise 1');
  setTimeout(() => console.log('timer inside promise 1'), 0);
  const t = Date.now();
  while (Date.now() - t < 5) {} // all three timers are due when the loop starts
});
Promise.resolve().then(() => console.log('promise 2'));
console.log('end');
