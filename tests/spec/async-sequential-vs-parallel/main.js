// Awaiting in a loop is sequential; Promise.all starts everything at once (order by delay).
const sleep = (ms, v) => new Promise((r) => setTimeout(() => { console.log('  timer', v); r(v); }, ms));
async function sequential() {
  const out = [];
  for (const [ms, v] of [[40, 'a'], [5, 'b'], [20, 'c']]) out.push(await sleep(ms, v));
  return out;
}
async function parallel() {
  return Promise.all([[40, 'x'], [5, 'y'], [20, 'z']].map(([ms, v]) => sleep(ms, v)));
}
(async () => {
  console.log('sequential start');
  console.log('sequential result', await sequential());
  console.log('parallel start');
  console.log('parallel result', await parallel());
})();
