// stream.compose: glue a Transform and async generators into one Duplex; use it inside pipeline.
const { compose, Transform, Readable, Duplex } = require('stream');
const { pipeline } = require('stream/promises');
const trim = new Transform({
  objectMode: true,
  transform(c, e, cb) { cb(null, String(c).trim()); },
});
const composed = compose(
  trim,
  async function* (src) { for await (const s of src) if (s) yield s.toUpperCase(); },
  async function* (src) { let i = 0; for await (const s of src) yield `${++i}:${s}`; },
);
console.log('compose returns a Duplex:', composed instanceof Duplex, 'readable', composed.readable, 'writable', composed.writable);
(async () => {
  const out = [];
  await pipeline(
    Readable.from(['  alpha ', '', ' beta', 'gamma  ']),
    composed,
    async function (src) { for await (const s of src) out.push(s); },
  );
  console.log('composed output', JSON.stringify(out));
  const single = compose(async function* (src) { for await (const c of src) yield String(c).length; });
  single.end('abcdef');
  for await (const n of single) console.log('single-stage compose yields', n);
})();
