// Operators with an AbortSignal: toArray/map/forEach reject with AbortError, the source is destroyed,
// and an already-aborted signal rejects at once.
const { Readable } = require('stream');
function source(tag) {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      i++;
      if (i > 50) this.push(null);
      else setImmediate(() => this.push(i));
    },
  });
  r.on('close', () => console.log(tag, 'source close, destroyed', r.destroyed));
  return r;
}
(async () => {
  const ac = new AbortController();
  const r = source('toArray');
  const p = r.toArray({ signal: ac.signal });
  setImmediate(() => setImmediate(() => ac.abort()));
  try {
    await p;
  } catch (e) {
    console.log('toArray rejected', e.name, e.code, e.message);
  }

  try {
    await Readable.from([1, 2]).toArray({ signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code, e.message);
  }

  const ac2 = new AbortController();
  const seen = [];
  const r2 = source('forEach');
  try {
    await r2.forEach((n) => {
      seen.push(n);
      if (n === 3) ac2.abort();
    }, { signal: ac2.signal });
  } catch (e) {
    console.log('forEach rejected', e.name, 'seen', seen.join(','));
  }

  const ac3 = new AbortController();
  const mapped = source('map').map((n) => n * 2, { signal: ac3.signal });
  const got = [];
  try {
    for await (const v of mapped) {
      got.push(v);
      if (got.length === 2) ac3.abort();
    }
  } catch (e) {
    console.log('map iteration rejected', e.name, 'got', got.join(','));
  }
  try {
    await Readable.from([1]).toArray({ signal: 'nope' });
  } catch (e) {
    console.log('bad signal', e.code, e.message);
  }
  try {
    Readable.from([1]).map((x) => x, { signal: {} });
  } catch (e) {
    console.log('bad map signal', e.code, e.message);
  }
})();
