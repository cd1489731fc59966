// fs.readFile needs several thread-pool round trips, so an immediate queued in main runs before its callback.
const fs = require('fs');
const order = [];
fs.readFile('./small.txt', (err, buf) => {
  order.push('readFile ' + buf.toString());
  console.log(order.join(' | '));
});
setImmediate(() => {
  order.push('immediate');
  process.nextTick(() => order.push('tick in immediate'));
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
order.push('sync');
