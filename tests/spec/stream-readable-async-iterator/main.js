// for await over a Readable: chunks in order, 'end'/'close' timing, break destroys the stream, errors reject the loop.
const { Readable } = require('stream');
function make(name, n, failAt) {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      i++;
      if (i === failAt) this.destroy(new Error(name + ' failed at ' + i));
      else this.push(i <= n ? name + i : null);
    },
  });
  r.on('end', () => console.log(name, 'end event'));
  r.on('close', () => console.log(name, 'close event'));
  return r;
}
(async () => {
  const a = make('a', 3);
  for await (const chunk of a) console.log('got', chunk);
  console.log('loop a done, destroyed', a.destroyed);
  const b = make('b', 10);
  for await (const chunk of b) {
    console.log('got', chunk);
    if (chunk === 'b2') break;
  }
  console.log('after break: destroyed', b.destroyed, 'readableEnded', b.readableEnded);
  await new Promise((r) => setImmediate(r));
  const c = make('c', 10, 3);
  try {
    for await (const chunk of c) console.log('got', chunk);
  } catch (err) {
    console.log('loop c threw:', err.message, 'destroyed', c.destroyed);
  }
  const it = make('d', 1)[Symbol.asyncIterator]();
  console.log('manual next', await it.next());
  console.log('manual next', await it.next());
  console.log('manual next', await it.next());
})();
