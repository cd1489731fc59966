// pipeline with async generator stages: source generator, transforming generator, consuming async function.
const { pipeline } = require('stream/promises');
const { Writable } = require('stream');
async function* numbers() {
  for (let i = 1; i <= 5; i++) {
    console.log('source yields', i);
    yield i;
  }
}
async function* square(source) {
  for await (const n of source) {
    console.log('  square got', n);
    yield n * n;
  }
}
async function* toLines(source) {
  for await (const n of source) yield n + '\n';
}
(async () => {
  const out = [];
  await pipeline(numbers, square, toLines, new Writable({
    write(c, e, cb) { out.push(c.toString()); cb(); },
  }));
  console.log('written', JSON.stringify(out.join('')));
  try {
    await pipeline(numbers, async function* (src) {
      for await (const n of src) {
        if (n === 3) throw new Error('three is bad');
        yield n;
      }
    }, async function (src) {
      for await (const n of src) console.log('  sink got', n);
    });
  } catch (err) {
    console.log('pipeline rejected:', err.message);
  }
  const total = await pipeline(['a', 'bb', 'ccc'], async function (src) {
    let len = 0;
    for await (const s of src) len += s.length;
    return len;
  });
  console.log('iterable source total length', total);
})();
