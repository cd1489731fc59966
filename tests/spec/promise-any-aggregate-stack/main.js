// Promise.any's AggregateError has V8's own stack: the header alone, its first own property.
Promise.any([Promise.reject(new Error('a')), Promise.reject(2)]).catch((e) => {
  console.log(JSON.stringify(e.stack), Object.getOwnPropertyNames(e));
  console.log(e.errors.length, e.message);
  console.log(require('util').inspect(e).split(__dirname).join('.'));
  Promise.any([]);
});
