// 1000 interleaved ticks and promise reactions: all ticks first, then all promises, deterministic checksum.
const order = [];
for (let i = 0; i < 1000; i++) {
  if (i % 3 === 0) process.nextTick(() => order.push('t' + i));
  else if (i % 3 === 1) Promise.resolve().then(() => order.push('p' + i));
  else queueMicrotask(() => {
    order.push('q' + i);
    if (i % 100 === 2) process.nextTick(() => order.push('nt' + i));
  });
}
setTimeout(() => {
  console.log('count', order.length);
  console.log('first 5:', order.slice(0, 5).join(' '));
  console.log('around ticks/promises boundary:', order.slice(332, 337).join(' '));
  console.log('last 12:', order.slice(-12).join(' '));
}, 0);
