// pipeline with { signal }: aborting mid-way rejects with AbortError and destroys every stage; an
// already-aborted signal; the callback form with a signal; and an async generator that sees the signal.
const { pipeline } = require('stream/promises');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
function slowSource(tag) {
  let n = 0;
  const r = new Readable({
    read() {
      n++;
      setImmediate(() => this.push(n <= 100 ? String(n) : null));
    },
  });
  r.on('close', () => console.log(tag, 'source closed'));
  return r;
}
(async () => {
  const ac = new AbortController();
  const seen = [];
  const sink = new Writable({
    write(c, e, cb) {
      seen.push(String(c));
      if (seen.length === 3) ac.abort();
      cb();
    },
  });
  sink.on('close', () => console.log('sink closed, destroyed', sink.destroyed));
  try {
    await pipeline(slowSource('p1'), new PassThrough(), sink, { signal: ac.signal });
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message, 'seen', seen.join(','));
  }

  try {
    await pipeline(slowSource('p2'), new Writable({ write(c, e, cb) { cb(); } }), { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code, 'cause', e.cause);
  }

  const ac3 = new AbortController();
  try {
    await pipeline(
      slowSource('p3'),
      async function* (src, { signal }) {
        console.log('generator got signal', signal instanceof AbortSignal);
        signal.addEventListener('abort', () => console.log('stage signal aborted'));
        let i = 0;
        for await (const c of src) {
          if (++i === 2) ac3.abort();
          yield c;
        }
      },
      async function (src) {
        for await (const c of src) console.log('consumed', String(c));
      },
      { signal: ac3.signal },
    );
  } catch (e) {
    console.log('p3 rejected', e.name);
  }

  const ac4 = new AbortController();
  try {
    // The callback form takes no options: the options object is taken for a stream.
    stream.pipeline(slowSource('p4'), new PassThrough(), { signal: ac4.signal }, (err) => {
      console.log('callback pipeline', err && err.name);
    });
  } catch (e) {
    console.log('callback form with options:', e.code);
  }
  const ac5 = new AbortController();
  const w5 = new Writable({ write(c, e, cb) { cb(); } });
  stream.pipeline(slowSource('p5'), stream.addAbortSignal(ac5.signal, new PassThrough()), w5, (err) => {
    console.log('p5 callback', err && err.name, err && err.code, 'w5 destroyed', w5.destroyed);
  });
  setImmediate(() => ac5.abort());
})();
