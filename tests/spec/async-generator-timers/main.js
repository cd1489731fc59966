// An async generator that awaits timers: values arrive in timer order; return() finalizes it.
const { setTimeout: sleep } = require('timers/promises');
setTimeout(() => console.log('plain timer 1ms'), 1);
async function* ticker() {
  try {
    for (let i = 0; ; i++) {
      await sleep(5);
      yield 'tick ' + i;
    }
  } finally {
    console.log('ticker finally');
  }
}
(async () => {
  const it = ticker();
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.return('stopped'));
  console.log(await it.next());
  const items = [];
  for await (const v of (async function* () { yield 1; yield* [2, 3]; })()) items.push(v);
  console.log(items);
})();
