// With an unhandledRejection listener the process does not crash; the listener gets (reason, promise).
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  const r = reason instanceof Error ? reason.constructor.name + ': ' + reason.message : JSON.stringify(reason);
  console.log('unhandledRejection:', r, '| promise is Promise:', promise instanceof Promise, '| known:', seen.includes(promise));
});
seen.push(Promise.reject(new Error('first')));
seen.push(Promise.reject('a string'));
seen.push(Promise.reject({ n: 1 }));
seen.push(Promise.resolve().then(() => { throw new RangeError('from then'); }));
seen.push(Promise.reject(undefined));
setTimeout(() => {
  console.log('timer runs: loop continues');
  Promise.reject(new Error('in timer'));
}, 1);
process.on('exit', (code) => console.log('exit', code));
