// Promise.all resolves with values in input order regardless of settle order; empty input resolves async.
const delay = (ms, v) => new Promise((r) => setTimeout(() => { console.log('settled', v); r(v); }, ms));
Promise.all([delay(30, 'slow'), delay(5, 'fast'), 'plain', Promise.resolve('resolved')])
  .then((vals) => console.log('all:', vals));
Promise.all([]).then((v) => console.log('all([]):', v));
Promise.all(new Set(['s1', 's2'])).then((v) => console.log('all(Set):', v));
console.log('sync end');
