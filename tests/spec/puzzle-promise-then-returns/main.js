// Puzzle: then-callbacks returning values, promises and thenables shift chains by 0, 2 and 1 ticks.
Promise.resolve()
  .then(() => { console.log(0); return Promise.resolve(4); })
  .then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log(1))
  .then(() => console.log(2))
  .then(() => console.log(3))
  .then(() => console.log(5))
  .then(() => console.log(6));
Promise.resolve()
  .then(() => ({ then(r) { r('thenable'); } }))
  .then((v) => console.log(v));
