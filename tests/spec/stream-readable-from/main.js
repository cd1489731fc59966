// Readable.from with an array, a generator, an async generator, a string and a Buffer: objectMode and chunking.
const { Readable } = require('stream');
async function collect(label, r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? 'Buffer(' + c.length + ')' : c);
  console.log(label, 'objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark, '->', JSON.stringify(out));
}
function* gen() { yield 1; yield 'two'; yield { three: 3 }; }
async function* agen() { for (let i = 0; i < 3; i++) { await null; yield 'a' + i; } }
(async () => {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('generator', Readable.from(gen()));
  await collect('async generator', Readable.from(agen()));
  await collect('string', Readable.from('a whole string'));
  await collect('buffer', Readable.from(Buffer.from('bytes!')));
  await collect('objectMode false', Readable.from(['x', 'y'], { objectMode: false }));
  await collect('array of strings', Readable.from(['no', 'concat']));
  try {
    Readable.from(42);
  } catch (err) {
    console.log('from(42):', err.code, err.message);
  }
  const r = Readable.from([null, 'after-null']);
  r.on('error', (err) => console.log('null element error:', err.code, err.message));
  r.on('data', (d) => console.log('data', d));
})();
