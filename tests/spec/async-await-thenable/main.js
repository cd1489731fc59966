// Awaiting a non-promise thenable calls its then() in a job, costing an extra tick vs a native promise.
const log = [];
let tick = 0;
function counter() {
  log.push('tick ' + ++tick);
  if (tick < 8) Promise.resolve().then(counter);
}
const thenable = {
  then(resolve, reject) {
    log.push('thenable.then called (typeof resolve: ' + typeof resolve + ')');
    resolve('thenable value');
  },
};
async function awaitThenable() {
  const v = await thenable;
  log.push('awaitThenable got ' + v);
}
async function awaitPromise() {
  const v = await Promise.resolve('promise value');
  log.push('awaitPromise got ' + v);
}
async function awaitPlain() {
  const v = await 'plain value';
  log.push('awaitPlain got ' + v);
}
Promise.resolve().then(counter);
awaitThenable();
awaitPromise();
awaitPlain();
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 0);
