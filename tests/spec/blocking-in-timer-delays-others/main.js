// A timer callback that blocks delays every later timer; timers that became due meanwhile run in due order.
const order = [];
setTimeout(() => {
  order.push('A 5ms: blocks 100ms');
  const t = Date.now();
  while (Date.now() - t < 100) {}
}, 5);
setTimeout(() => order.push('C 70ms'), 70);
setTimeout(() => order.push('B 20ms'), 20);
setTimeout(() => order.push('D 45ms'), 45);
setTimeout(() => console.log(order.join('\n')), 150);
