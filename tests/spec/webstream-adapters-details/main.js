// Node <-> web adapters in detail: toWeb chunk types, objectMode, errors and cancel both ways, Writable.toWeb
// backpressure (desiredSize, needDrain), abort, Duplex.toWeb/fromWeb, Duplex.from a web pair, argument errors, pipeline.
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  // toWeb with buffers, chunk types, backpressure
  const r = new Readable({ read() {} });
  const ws = Readable.toWeb(r);
  r.push(Buffer.from('ab'));
  r.push('cd');
  r.push(null);
  const rd = ws.getReader();
  for (;;) { const { value, done } = await rd.read(); if (done) break; log('chunk', value.constructor.name, Buffer.from(value).toString()); }
  log('isPaused', r.isPaused());
  // objectMode
  const o = Readable.from([{ a: 1 }, 2, 'x']);
  const ow = Readable.toWeb(o);
  for await (const v of ow) log('obj', v);
  // error propagation
  const e = new Readable({ read() { this.destroy(new Error('boom')); } });
  try { for await (const v of Readable.toWeb(e)) log(v); } catch (err) { log('toWeb error', err.message); }
  // cancel
  let destroyed = false;
  const c = new Readable({ read() { this.push('x'); }, destroy(err, cb) { destroyed = true; log('destroy called', err); cb(err); } });
  const cw = Readable.toWeb(c);
  const cr = cw.getReader();
  log('read1', Buffer.from((await cr.read()).value).toString());
  await cr.cancel('why');
  log('cancelled, destroyed', destroyed, c.destroyed);
  // fromWeb errors
  const errWeb = new ReadableStream({ pull(ctrl) { ctrl.error(new Error('web boom')); } });
  const fr = Readable.fromWeb(errWeb);
  fr.on('error', (err) => log('fromWeb error event', err.message));
  fr.on('close', () => log('fromWeb close'));
  fr.resume();
  await new Promise((r) => setTimeout(r, 10));
  // fromWeb objectMode
  const fo = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue({ z: 1 }); c.enqueue('s'); c.close(); } }), { objectMode: true });
  for await (const v of fo) log('fromWeb obj', v);
  // fromWeb destroy cancels
  const fd = Readable.fromWeb(new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { try { c.enqueue(new Uint8Array([1])); } catch {} r(); }, 1)); }, cancel(reason) { log('web cancel', reason && reason.message); } }));
  fd.on('data', () => {});
  fd.on('close', () => log('fd close'));
  fd.on('error', (e) => log('fd error', e.message));
  setTimeout(() => fd.destroy(new Error('stop')), 3);
  await new Promise((r) => setTimeout(r, 20));
  // Writable.toWeb backpressure
  const pending = [];
  const nw = new Writable({ highWaterMark: 3, write(c, e, cb) { log('node write', c.toString()); pending.push(cb); } });
  const ww = Writable.toWeb(nw);
  const w = ww.getWriter();
  log('desired', w.desiredSize);
  const p1 = w.write(new Uint8Array([97, 98]));
  log('desired after write', w.desiredSize);
  const p2 = w.write('cdef');
  log('desired after write2', w.desiredSize);
  await new Promise((r) => setTimeout(r, 5));
  log('pending cbs', pending.length, 'needDrain', nw.writableNeedDrain);
  while (pending.length) { pending.shift()(); await new Promise((r) => setImmediate(r)); }
  await p1; await p2;
  log('writes done');
  await w.close();
  log('closed, finished', nw.writableFinished);
  // Writable.toWeb abort
  const aw = new Writable({ write(c, e, cb) { cb(); } });
  aw.on('close', () => log('aw close', aw.destroyed));
  aw.on('error', (e) => log('aw error', e));
  const aww = Writable.toWeb(aw).getWriter();
  await aww.abort('reason!');
  log('aborted');
  await new Promise((r) => setTimeout(r, 5));
  // node writable error -> web
  const ew = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  const eww = Writable.toWeb(ew).getWriter();
  try { await eww.write('x'); log('write ok?'); } catch (err) { log('write rejected', err.message); }
  try { await eww.closed; } catch (err) { log('closed rejected', err.message); }
  // Duplex toWeb/fromWeb
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const dw = writable.getWriter();
  dw.write(new TextEncoder().encode('dup'));
  dw.close();
  for await (const v of readable) log('duplex toWeb', Buffer.from(v).toString());
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { encoding: 'utf8' });
  d.on('data', (s) => log('fromWeb duplex data', typeof s, s));
  d.on('end', () => log('fromWeb duplex end'));
  d.on('finish', () => log('fromWeb duplex finish'));
  d.write('hello');
  d.end();
  await new Promise((r) => setTimeout(r, 10));
  // Duplex.from web pair
  const d2 = Duplex.from({ readable: new ReadableStream({ start(c) { c.enqueue('r1'); c.close(); } }), writable: new WritableStream({ write(c) { log('pair sink', String(c)); } }) });
  d2.on('data', (x) => log('d2 data', String(x)));
  d2.write('w1');
  d2.end();
  await new Promise((r) => setTimeout(r, 10));
  // invalid args
  for (const [n, f] of [['toWeb', () => Readable.toWeb({})], ['fromWeb', () => Readable.fromWeb({})], ['wtoWeb', () => Writable.toWeb({})], ['wfromWeb', () => Writable.fromWeb(5)], ['dfromWeb', () => Duplex.fromWeb({})], ['enc', () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })], ['om', () => Readable.fromWeb(new ReadableStream(), { objectMode: 1 })]]) {
    try { f(); log(n, 'ok'); } catch (err) { log(n, err.code, err.message); }
  }
  // pipeline with web streams
  const out = [];
  await require('stream/promises').pipeline(new ReadableStream({ start(c) { c.enqueue('p1'); c.enqueue('p2'); c.close(); } }), new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } }));
  log('pipeline', out);
})();
