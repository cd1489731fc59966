// Readable.from inputs (string, Buffer, promises, throwing generators, null chunk, early break), Transform /
// Writable callback misuse (ERR_MULTIPLE_CALLBACK), flush errors and pushes, compose(), addAbortSignal, unshift.
const { Readable, Transform, Writable, PassThrough, compose, addAbortSignal } = require('stream');
(async () => {
  // Readable.from variants
  console.log(await Readable.from('a string').toArray());
  console.log(await Readable.from(Buffer.from('buf')).toArray());
  console.log(await Readable.from([Promise.resolve(1), 2]).toArray());
  const r = Readable.from([1]);
  console.log('from defaults', r.readableObjectMode, r.readableHighWaterMark);
  const r2 = Readable.from(['x'], { objectMode: false });
  console.log('objectMode false', r2.readableObjectMode, r2.readableHighWaterMark, await r2.toArray());
  try {
    await Readable.from((async function* () { yield 1; throw new Error('gen fail'); })()).toArray();
  } catch (e) { console.log('gen error', e.message); }
  try { await Readable.from([null]).toArray(); } catch (e) { console.log('null chunk', e.code, e.message); }
  const gen = (function* () { try { yield 1; yield 2; } finally { console.log('sync gen finally'); } })();
  const rg = Readable.from(gen);
  for await (const v of rg) { console.log('got', v); break; }
  // Transform errors
  const t = new Transform({ transform(c, e, cb) { cb(); cb(); } });
  t.on('error', (e) => console.log('double cb', e.code, e.message));
  t.write('x');
  await new Promise((r) => setImmediate(r));
  const t2 = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
  t2.on('error', (e) => console.log('flush error', e.message));
  t2.on('finish', () => console.log('t2 finish'));
  t2.resume();
  t2.end('y');
  await new Promise((r) => setImmediate(r));
  const t3 = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { this.push('tail'); cb(null, 'last'); } });
  console.log('flush pushes', (await t3.end('z').toArray()).map(String));
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => console.log('writable double cb', e.code));
  w.write('a');
  await new Promise((r) => setImmediate(r));
  // compose
  const c = compose(async function* (src) { for await (const x of src) yield String(x).toUpperCase(); }, new PassThrough());
  c.end('composed');
  console.log('compose', (await c.toArray()).map(String));
  const c2 = compose(Readable.from(['q']), new Transform({ transform(ch, e, cb) { cb(null, ch + '!'); } }));
  console.log('compose readable first', c2.readable, c2.writable, (await c2.toArray()).map(String));
  // addAbortSignal
  const ac = new AbortController();
  const p = addAbortSignal(ac.signal, new PassThrough());
  p.on('error', (e) => console.log('aborted stream error', e.name, e.code, e.message, e.cause));
  p.on('close', () => console.log('aborted stream closed'));
  ac.abort('reason!');
  await new Promise((r) => setImmediate(r));
  const p2 = new PassThrough({ signal: AbortSignal.abort() });
  p2.on('error', (e) => console.log('pre-aborted signal option', e.name));
  await new Promise((r) => setImmediate(r));
  // unshift
  const u = new Readable({ read() {} });
  u.push('world');
  u.unshift('hello ');
  console.log('unshift', String(u.read()));
  u.push(null);
  u.read();
  u.on('end', () => { try { u.unshift('x'); } catch (e) { console.log('unshift after end throws', e.code); } });
  u.on('error', (e) => console.log('unshift after end error', e.code, e.message));
  u.resume();
})();
