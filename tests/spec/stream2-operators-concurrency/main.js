// Readable operators with concurrency > 1: map keeps output order while running callbacks in parallel,
// filter/forEach with concurrency, flatMap over streams/iterables, drop/take edge cases and argument errors.
const { Readable } = require('stream');
const log = [];
function tick(n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => {});
  return p;
}
(async () => {
  const out = await Readable.from([5, 1, 3, 2, 4]).map(async (n) => {
    log.push('start ' + n);
    await tick(n * 2);
    log.push('done ' + n);
    return n * 100;
  }, { concurrency: 3 }).toArray();
  console.log('map concurrency 3 ->', out);
  console.log(log.join(' | '));

  log.length = 0;
  const even = await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (n) => {
    await tick(7 - n);
    log.push('f' + n);
    return n % 2 === 0;
  }, { concurrency: 2 }).toArray();
  console.log('filter concurrency 2 ->', even, log.join(','));

  log.length = 0;
  await Readable.from(['a', 'b', 'c']).forEach(async (x) => {
    log.push('in ' + x);
    await tick(1);
    log.push('out ' + x);
  }, { concurrency: 2 });
  console.log('forEach concurrency 2:', log.join(','));

  const flat = await Readable.from([1, 2]).flatMap((n) => Readable.from([n, n + 0.5])).toArray();
  console.log('flatMap of streams', flat);
  const flat2 = await Readable.from(['ab', 'cd']).flatMap(async function* (s) { yield* s; }).toArray();
  console.log('flatMap of async generators', flat2);

  console.log('take(0)', await Readable.from([1, 2]).take(0).toArray());
  console.log('drop(10)', await Readable.from([1, 2]).drop(10).toArray());
  console.log('drop(1).take(2)', await Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray());
  console.log('take Infinity', await Readable.from([1, 2]).take(Infinity).toArray());
  for (const bad of [-1, NaN, 'x', 1.5]) {
    try {
      Readable.from([1]).take(bad);
      console.log('take', bad, 'ok');
    } catch (e) {
      console.log('take', bad, e.code, e.message);
    }
  }
  for (const c of [0, -1, 'a', 1.5]) {
    try {
      Readable.from([1]).map((x) => x, { concurrency: c });
      console.log('concurrency', c, 'ok');
    } catch (e) {
      console.log('concurrency', c, e.code, e.message);
    }
  }
  try {
    Readable.from([1]).map((x) => x, 'nope');
  } catch (e) {
    console.log('options string', e.code, e.message);
  }
  try {
    await Readable.from([1]).reduce();
  } catch (e) {
    console.log('reduce()', e.code, e.message);
  }
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log('reduce empty', e.name, e.code, e.message);
  }
  try {
    new (Readable.prototype.map)();
  } catch (e) {
    console.log('new map', e.code, e.message);
  }
})();
