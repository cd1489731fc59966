// WritableStream writer states (close on a closed/errored stream, write after an error), a zero-length BYOB
// read, and ReadableStream's async iterator (its results and microtask timing).
const tell = (label) => (e) => console.log(label, e.name, e.code, e.message);
(async () => {
  const bad = new WritableStream({ write() { throw new Error('bad'); } }).getWriter();
  await bad.write(1).catch(tell('write'));
  await bad.close().catch(tell('close errored'));
  const done = new WritableStream().getWriter();
  await done.close();
  await done.close().catch(tell('close closed'));
  const ws = new WritableStream();
  await ws.close();
  await ws.close().catch(tell('stream close closed'));
  let ctl;
  const erring = new WritableStream({ start(c) { ctl = c; } }).getWriter();
  const closing = erring.close();
  await erring.write('y').catch(tell('write closing'));
  ctl.error(new Error('late'));
  await closing.catch(tell('closing'));
  const byob = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await byob.read(new Uint8Array(0)).catch(tell('byob'));

  const it = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } })[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.return('bye'));
  let n = 0;
  const rs = new ReadableStream({ pull(c) { n++; console.log('pull', n); c.enqueue(n); } }, { highWaterMark: 2 });
  const iter = rs[Symbol.asyncIterator]();
  iter.next().then((v) => console.log('got', v.value));
  await new Promise((r) => setTimeout(r, 5));
  for await (const v of new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } })) {
    console.log('chunk', v);
    if (v === 'a') break;
  }
  const w = new WritableStream({ write(c) { console.log('wrote', c); } }).getWriter();
  await w.write('x');
  await w.close();
  console.log('closed, writing again');
  await w.write('y');
})();
