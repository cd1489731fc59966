// A request-scoped logger with AsyncLocalStorage: three overlapping "requests" with async steps of different
// lengths; every log line carries its own request id without passing it around.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep } = require('timers/promises');
const als = new AsyncLocalStorage();
function log(msg) {
  const ctx = als.getStore();
  console.log(`[req ${ctx ? ctx.id : '-'}] ${msg}`);
}
async function loadUser(ms) {
  await sleep(ms);
  log(`user loaded after ${ms} ms`);
  return { name: 'u' + als.getStore().id };
}
async function handle(id, ms) {
  return als.run({ id }, async () => {
    log('start');
    const user = await loadUser(ms);
    await Promise.all([sleep(1).then(() => log('side task')), Promise.resolve().then(() => log('microtask'))]);
    log(`done for ${user.name}`);
    return id;
  });
}
Promise.all([handle(1, 30), handle(2, 10), handle(3, 20)]).then((ids) => log(`all done ${ids}`));
log('handlers started');
