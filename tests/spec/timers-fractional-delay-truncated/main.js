// Timer delays are truncated to whole milliseconds: 1.5 ms and 1 ms share a list and keep insertion order.
setTimeout(() => console.log('A 1.5ms'), 1.5);
setTimeout(() => console.log('B 1ms'), 1);
setTimeout(() => console.log('C 10.9ms'), 10.9);
setTimeout(() => console.log('D 10ms'), 10);
const t = setTimeout(() => {}, 2.7);
console.log('idleTimeout keeps the given value:', t._idleTimeout);
clearTimeout(t);
