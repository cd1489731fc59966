// Classic puzzle: sync, nextTick, promise, timeout ordering ("A D C B").
setTimeout(() => console.log('B'), 0);
Promise.resolve().then(() => console.log('C'));
process.nextTick(() => console.log('D'));
console.log('A');
