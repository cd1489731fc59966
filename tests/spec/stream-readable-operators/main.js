// Readable helper operators: map/filter/take/drop/toArray/reduce/some/every/find/forEach/flatMap, with concurrency 1.
const { Readable } = require('stream');
const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
(async () => {
  console.log('map+filter', await nums().map((n) => n * 10).filter((n) => n % 20 === 0).toArray());
  console.log('take(2)', await nums().take(2).toArray());
  console.log('drop(4)', await nums().drop(4).toArray());
  console.log('reduce', await nums().reduce((acc, n) => acc + n, 0));
  console.log('some >5', await nums().some((n) => n > 5), 'every <7', await nums().every((n) => n < 7));
  console.log('find even', await nums().find((n) => n % 2 === 0));
  console.log('flatMap', await nums().take(3).flatMap((n) => [n, -n]).toArray());
  console.log('async map', await nums().map(async (n) => { await null; return 'v' + n; }).toArray());
  const seen = [];
  const res = await nums().forEach((n) => { seen.push(n); });
  console.log('forEach resolved', res, 'seen', seen.join(''));
  const s = nums().map((n) => n);
  console.log('operators return a Readable', s instanceof Readable, 'objectMode', s.readableObjectMode);
  s.destroy();
  try {
    await nums().map((n) => { if (n === 3) throw new Error('map failed at 3'); return n; }).toArray();
  } catch (err) {
    console.log('rejected:', err.message);
  }
  try {
    nums().map(5);
  } catch (err) {
    console.log('map(5):', err.code);
  }
})();
