// setTimeout(fn, 0) is the same as setTimeout(fn, 1): they share a list and fire in insertion order.
setTimeout(() => console.log('A: 1ms'), 1);
setTimeout(() => console.log('B: 0ms'), 0);
setTimeout(() => console.log('C: no delay argument'));
setTimeout(() => console.log('D: 1ms'), 1);
setTimeout(() => console.log('E: 0ms'), 0);
const t = Date.now();
while (Date.now() - t < 5) {} // make sure all are due when the loop starts
