// Duplex.from with an async generator function, an array, a promise, and a { readable, writable } pair.
const { Duplex, Readable, PassThrough } = require('stream');
(async () => {
  const d = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).split('').reverse().join('');
  });
  d.write('abc');
  d.end('xyz');
  const out = [];
  for await (const c of d) out.push(String(c));
  console.log('generator duplex', JSON.stringify(out));
  const fromArr = Duplex.from(['p', 'q']);
  console.log('from array: readable', fromArr.readable, 'writable', fromArr.writable, 'values', await fromArr.toArray());
  const fromPromise = Duplex.from(Promise.resolve('resolved value'));
  console.log('from promise: readable', fromPromise.readable, 'writable', fromPromise.writable, 'values', await fromPromise.toArray());
  const fromNull = Duplex.from(Promise.resolve(null));
  console.log('from promise of null: values', await fromNull.toArray());
  const input = new PassThrough();
  const output = new PassThrough();
  const pair = Duplex.from({ readable: output, writable: input });
  input.on('data', (c) => output.write('echo:' + c));
  input.on('end', () => output.end());
  pair.end('hello');
  console.log('pair chunks', (await pair.toArray()).map(String));
  try {
    Duplex.from(42);
  } catch (err) {
    console.log('Duplex.from(42):', err.code);
  }
})();
