// An error thrown in a setImmediate callback crashes the process; later immediates never run.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => {
  throw new Error('immediate 2 failed');
});
setImmediate(() => console.log('immediate 3 (never)'));
