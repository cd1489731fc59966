// timers/promises setTimeout resolves with the given value after the delay, ordered like normal timers.
const { setTimeout: sleep } = require('timers/promises');
setTimeout(() => console.log('callback timer 5ms'), 5);
(async () => {
  console.log('start');
  const v = await sleep(10, 'ten');
  console.log('resolved with', v);
  const u = await sleep(1);
  console.log('no value ->', u);
  const results = await Promise.all([sleep(30, 'a'), sleep(10, 'b'), sleep(20, 'c')]);
  console.log('all', results);
})();
