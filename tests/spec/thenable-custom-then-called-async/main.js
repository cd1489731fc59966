// A custom thenable's then() is called in a later job, never synchronously during resolve().
const log = [];
const thenable = {
  then(onFulfilled) {
    log.push('then() called');
    onFulfilled('from thenable');
    onFulfilled('ignored second call');
  },
};
const p = new Promise((resolve) => {
  resolve(thenable);
  log.push('resolve(thenable) returned');
});
p.then((v) => log.push('p fulfilled with ' + v));
Promise.resolve().then(() => log.push('microtask 1')).then(() => log.push('microtask 2')).then(() => log.push('microtask 3'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 0);
