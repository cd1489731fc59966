// Promise.any fulfills with the first fulfillment, or rejects with an AggregateError in input order.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([delay(5, 'e1', true), delay(60, 'winner'), delay(10, 'e2', true)])
  .then((v) => console.log('any fulfilled:', v));
Promise.any([delay(20, 'first', true), delay(5, 'second', true)]).catch((e) => {
  console.log('name:', e.name);
  console.log('message:', e.message);
  console.log('is AggregateError:', e instanceof AggregateError);
  console.log('errors:', e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log('any([]):', e.name, e.errors.length, e.message));
console.log('sync end');
