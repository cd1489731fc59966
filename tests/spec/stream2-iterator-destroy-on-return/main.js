// readable.iterator({ destroyOnReturn }) and breaking out of for-await: whether the stream is destroyed,
// and that iteration can resume on a kept-alive stream. Also iterator() argument validation.
const { Readable } = require('stream');
function make(tag) {
  const r = Readable.from(['a', 'b', 'c', 'd'], { objectMode: true });
  r.on('close', () => console.log(tag, 'close'));
  return r;
}
(async () => {
  const r1 = make('r1');
  for await (const x of r1) {
    console.log('r1 got', x);
    break;
  }
  console.log('r1 destroyed', r1.destroyed, 'readableAborted', r1.readableAborted);

  const r2 = make('r2');
  for await (const x of r2.iterator({ destroyOnReturn: false })) {
    console.log('r2 got', x);
    break;
  }
  console.log('r2 destroyed', r2.destroyed);
  for await (const x of r2.iterator({ destroyOnReturn: false })) console.log('r2 resumed', x);
  console.log('r2 after loop destroyed', r2.destroyed, 'ended', r2.readableEnded);

  const r3 = make('r3');
  const it = r3[Symbol.asyncIterator]();
  console.log('first', await it.next());
  console.log('return', await it.return());
  console.log('after return', await it.next(), 'destroyed', r3.destroyed);

  const r4 = make('r4');
  try {
    for await (const x of r4) {
      console.log('r4 got', x);
      throw new Error('boom in loop');
    }
  } catch (e) {
    console.log('caught', e.message, 'r4 destroyed', r4.destroyed, 'errored', r4.errored && r4.errored.name, r4.errored && r4.errored.code);
  }

  const r5 = new Readable({ read() {} });
  r5.push('x');
  setImmediate(() => r5.destroy(new Error('r5 failed')));
  try {
    for await (const c of r5) console.log('r5 chunk', String(c));
  } catch (e) {
    console.log('r5 iteration error', e.message);
  }
  for (const bad of [null, 'x', { destroyOnReturn: 'yes' }]) {
    try {
      make('bad').iterator(bad);
      console.log('iterator', bad, 'ok');
    } catch (e) {
      console.log('iterator', bad, e.code, e.message);
    }
  }
})();
