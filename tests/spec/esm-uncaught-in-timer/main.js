// An engine error thrown in a timer callback of an ES module.
const jobs = { pending: [] };
console.log('scheduling');
setTimeout(() => {
  console.log('running', jobs.pending.length);
  jobs.done.push(1);
}, 2);
