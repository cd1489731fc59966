// Watch the queues: readFileSync answers inside the main script, before the timer and the immediate queued
// first; fs.readFile's callback comes last, from the poll phase, after several thread-pool round trips.
const fs = require('fs');

setTimeout(() => console.log('3. setTimeout 0 fired (timers phase)'), 0);
setImmediate(() => console.log('4. setImmediate fired (check phase)'));

fs.readFile('data.txt', 'utf8', (err, text) => {
  console.log('5. fs.readFile callback (poll phase):', JSON.stringify(text));
});
console.log('0. fs.readFile started; its callback is not here yet');

const text = fs.readFileSync('data.txt', 'utf8'); // the main thread waits right here for the bytes
console.log('1. fs.readFileSync returned:', JSON.stringify(text));

const until = Date.now() + 5;
while (Date.now() < until) {} // 5 ms more sync work, so the 0 ms timer is already due when the loop starts
console.log('2. main script done: now the event loop takes over');
