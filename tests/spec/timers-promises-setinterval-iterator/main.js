// timers/promises setInterval is an async iterator; breaking out of for-await stops the interval.
const { setInterval: every } = require('timers/promises');
(async () => {
  let i = 0;
  for await (const v of every(10, 'payload')) {
    i++;
    console.log('iteration', i, v);
    if (i === 4) break;
  }
  console.log('loop exited; process exits because the interval was cleared');
})();
process.on('exit', () => console.log('exit'));
