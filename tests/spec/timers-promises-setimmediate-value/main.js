// timers/promises setImmediate resolves in the check phase with the given value.
const { setImmediate: immediate, setTimeout: sleep } = require('node:timers/promises');
setTimeout(async () => {
  console.log('in timer');
  setTimeout(() => console.log('timeout 0 from timer'), 0);
  const v = await immediate('imm-value');
  console.log('awaited immediate:', v);
  const w = await sleep(0, 'sleep-value');
  console.log('awaited sleep 0:', w);
}, 0);
