// Microtask-level timing of web streams against interleaved queueMicrotask tickers: pipeTo/pipeThrough (errors,
// abort signal, preventClose), tee() (chunks a microtask later, close on the next tick), Blob.stream(),
// Readable.toWeb/fromWeb, Writable.fromWeb, TextDecoderStream and async source/sink/transformer callbacks.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
function ticker(n, label) { let i = 0; const f = () => { if (i++ < n) { log(label, 'tick', i); queueMicrotask(f); } }; queueMicrotask(f); }
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  {
  ticker(12, 'A');
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
  rs.pipeTo(new WritableStream({ write(c) { log('sink', c); }, close() { log('sink close'); } })).then(() => log('pipe done'));
  await new Promise((r) => setTimeout(r, 5));
  ticker(10, 'B');
  const b = new Blob(['ab', 'cd']);
  const r = b.stream().getReader();
  r.read().then((v) => log('blob read1', v.value.length));
  r.read().then((v) => log('blob read2', v.value && v.value.length, v.done));
  r.read().then((v) => log('blob read3', v.done));
  await new Promise((r) => setTimeout(r, 5));
  ticker(12, 'C');
  const nr = Readable.from(['1', '2', '3']);
  const wr = Readable.toWeb(nr).getReader();
  wr.read().then((v) => log('toWeb r1', v.value));
  wr.read().then((v) => log('toWeb r2', v.value));
  nr.on('end', () => log('node end'));
  await new Promise((r) => setTimeout(r, 5));
  ticker(12, 'D');
  const fw = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.enqueue(new Uint8Array([66])); c.close(); } }));
  fw.on('data', (d) => log('fromWeb data', d.toString()));
  fw.on('end', () => log('fromWeb end'));
  fw.on('close', () => log('fromWeb close'));
  await new Promise((r) => setTimeout(r, 5));
  ticker(12, 'E');
  const wsink = [];
  const ww = Writable.fromWeb(new WritableStream({ write(c) { log('websink', Buffer.from(c).toString()); } }));
  ww.write('q1', () => log('cb q1'));
  ww.write('q2', () => log('cb q2'));
  ww.end(() => log('end cb'));
  ww.on('finish', () => log('finish'));
  ww.on('close', () => log('close'));
  await new Promise((r) => setTimeout(r, 5));
  ticker(8, 'F');
  const ts = new TextDecoderStream();
  const w = ts.writable.getWriter();
  w.write(new Uint8Array([104, 105])).then(() => log('tds write done'));
  ts.readable.getReader().read().then((v) => log('tds read', v.value));
  w.close().then(() => log('tds closed'));
  await new Promise((r) => setTimeout(r, 5));
  }
  await wait(5);
  {
  ticker(14, 'T');
  const [a, b] = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } }).tee();
  const ra = a.getReader(), rb = b.getReader();
  ra.read().then((v) => log('a1', v));
  rb.read().then((v) => log('b1', v));
  ra.read().then((v) => log('a2', v));
  ra.read().then((v) => log('a3', v));
  rb.read().then((v) => log('b2', v));
  rb.read().then((v) => log('b3', v));
  await wait(5);
  ticker(14, 'E');
  const src = new ReadableStream({ start(c) { c.enqueue(1); }, pull(c) { c.error(new Error('src err')); } });
  src.pipeTo(new WritableStream({ write(c) { log('w', c); }, abort(r) { log('sink abort', r.message); } })).catch((e) => log('pipe rejected', e.message));
  await wait(5);
  ticker(14, 'S');
  const ac = new AbortController();
  const slow = new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { try { c.enqueue('z'); } catch {} r(); }, 1)); }, cancel(r) { log('src cancel', r.name); } });
  slow.pipeTo(new WritableStream({ write(c) { log('sw', c); ac.abort(); }, abort(r) { log('sink abort2', r.name, r.message); } }), { signal: ac.signal }).catch((e) => log('pipe2 rejected', e.name, e.message));
  await wait(15);
  ticker(14, 'P');
  const ws = new WritableStream({ write(c) { log('pc', c); }, close() { log('pc close'); } });
  await new ReadableStream({ start(c) { c.enqueue('q'); c.close(); } }).pipeTo(ws, { preventClose: true });
  log('preventClose done', ws.locked);
  const w = ws.getWriter(); await w.close(); log('closed manually');
  await wait(5);
  ticker(14, 'D');
  const dst = new WritableStream({ write() { throw new Error('dest err'); } });
  new ReadableStream({ pull(c) { c.enqueue('k'); }, cancel(r) { log('cancelled by dest', r.message); } }).pipeTo(dst).catch((e) => log('pipe3', e.message));
  await wait(5);
  const t = new TransformStream();
  const rr = new ReadableStream({ start(c) { c.enqueue('m'); c.close(); } });
  const out = rr.pipeThrough(t);
  log('locked', rr.locked, t.writable.locked, out === t.readable);
  try { rr.pipeThrough(new TransformStream()); } catch (e) { log(e.code, e.message); }
  rr.pipeTo(new WritableStream()).catch((e) => log(e.code, e.message));
  const closedDest = new WritableStream(); await closedDest.getWriter().close();
  new ReadableStream({ cancel(r) { log('cancel closed dest', r.code, r.message); } }).pipeTo(closedDest).catch((e) => log('pipe4', e.code, e.message));
  await wait(5);
  }
  await wait(5);
  {
  ticker(16, 'A');
  let n = 0;
  const rs = new ReadableStream({ async pull(c) { log('pull', ++n); c.enqueue(n); if (n === 3) c.close(); } }, { highWaterMark: 2 });
  const r = rs.getReader();
  r.read().then((v) => log('read', v));
  await wait(5);
  ticker(16, 'B');
  const ws = new WritableStream({ async write(c) { log('write', c); }, async close() { log('close'); } }, { highWaterMark: 2 });
  const w = ws.getWriter();
  w.write(1).then(() => log('w1 done'));
  w.write(2).then(() => log('w2 done'));
  w.close().then(() => log('closed'));
  await wait(5);
  ticker(16, 'C');
  const ts = new TransformStream({ async transform(c, ctl) { log('transform', c); ctl.enqueue(c * 2); }, async flush() { log('flush'); } });
  const tw = ts.writable.getWriter();
  const tr = ts.readable.getReader();
  tw.write(5).then(() => log('tw done'));
  tr.read().then((v) => log('tr', v));
  tw.close().then(() => log('tw closed'));
  tr.read().then((v) => log('tr2', v));
  await wait(5);
  ticker(10, 'D');
  const cs = new ReadableStream({ async cancel(r) { log('cancel', r); } });
  cs.cancel('x').then(() => log('cancelled'));
  }
})();
