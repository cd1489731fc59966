// Order at shutdown: last callbacks, then beforeExit (loop empty), then exit; listeners run in registration order.
process.on('exit', (code) => console.log('exit listener 1, code', code));
process.on('beforeExit', (code) => console.log('beforeExit, code', code));
process.on('exit', () => console.log('exit listener 2'));
process.once('beforeExit', () => console.log('beforeExit once-listener'));
setTimeout(() => console.log('timeout'), 5);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
console.log('main');
const t = Date.now();
while (Date.now() - t < 10) {} // the 5ms timeout is due when the loop starts, so it runs before the immediate
