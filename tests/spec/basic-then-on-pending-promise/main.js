// Reactions on a pending promise run only when it is resolved (here from a timer), in registration order.
let resolve;
const p = new Promise((r) => { resolve = r; });
p.then((v) => console.log('first then', v));
p.then((v) => console.log('second then', v));
setTimeout(() => {
  console.log('timer: resolving');
  resolve('value');
  console.log('timer: after resolve (sync)');
  p.then((v) => console.log('late then', v));
}, 5);
setTimeout(() => console.log('second timer'), 5);
console.log('main done');
