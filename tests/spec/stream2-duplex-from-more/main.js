// More Duplex.from inputs: a string, a Buffer, an async function (writable only), a Duplex (returned as is),
// a plain object that is neither, a web ReadableStream/WritableStream pair, and a sync iterable.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
(async () => {
  const s = Duplex.from('just a string');
  console.log('string:', s.readable, s.writable, (await s.toArray()).map(String));
  const b = Duplex.from(Buffer.from('buf'));
  console.log('buffer:', (await b.toArray()).map(String));
  const pt = new PassThrough();
  console.log('duplex returned as is', Duplex.from(pt) === pt);
  const sink = [];
  const w = Duplex.from(async function (source) {
    for await (const c of source) sink.push(String(c));
    return 'done';
  });
  console.log('async fn: readable', w.readable, 'writable', w.writable);
  w.write('one');
  w.end('two');
  await new Promise((r) => w.on('finish', r));
  console.log('async fn consumed', sink);
  const it = Duplex.from(new Set(['s1', 's2']));
  console.log('set:', await it.toArray());
  const rOnly = Duplex.from(Readable.from(['r']));
  console.log('readable wrapped', rOnly instanceof Duplex, rOnly.readable, rOnly.writable);
  const wOnly = Duplex.from(new Writable({ write(c, e, cb) { cb(); } }));
  console.log('writable wrapped', wOnly instanceof Duplex, wOnly.readable, wOnly.writable);
  for (const bad of [{}, { readable: 1 }, null, undefined, Symbol('x')]) {
    try {
      Duplex.from(bad);
      console.log('from', typeof bad, 'ok');
    } catch (e) {
      console.log('from', String(bad && typeof bad === 'object' ? JSON.stringify(bad) : typeof bad), e.name, e.code, e.message);
    }
  }
  const fromPromiseErr = Duplex.from(Promise.reject(new Error('rejected source')));
  fromPromiseErr.on('error', (e) => console.log('promise rejection ->', e.message));
  fromPromiseErr.resume();
})();
