// WritableStream backpressure: writer.desiredSize and writer.ready with CountQueuingStrategy and ByteLengthQueuingStrategy.
const log = (m) => console.log(m);
function makeSink(label) {
  const pending = [];
  return {
    pending,
    sink: {
      start() { log(label + ' sink start'); },
      write(chunk) {
        log(label + ' sink write ' + (typeof chunk === 'string' ? chunk : chunk.byteLength + ' bytes'));
        return new Promise((resolve) => pending.push(resolve));
      },
      close() { log(label + ' sink close'); },
    },
  };
}
(async () => {
  const count = new CountQueuingStrategy({ highWaterMark: 2 });
  log('count strategy hwm ' + count.highWaterMark + ' size(x) ' + count.size('anything'));
  const a = makeSink('count');
  const ws = new WritableStream(a.sink, count);
  const w = ws.getWriter();
  log('initial desiredSize ' + w.desiredSize);
  const writes = ['a', 'b', 'c'].map((s) => w.write(s));
  log('after 3 writes desiredSize ' + w.desiredSize);
  let readyResolved = false;
  w.ready.then(() => { readyResolved = true; log('ready resolved, desiredSize ' + w.desiredSize); });
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setImmediate(r));
    log('immediate ' + i + ': pending sink writes ' + a.pending.length + ' ready ' + readyResolved + ' desiredSize ' + w.desiredSize);
    const resolve = a.pending.shift();
    if (resolve) resolve();
  }
  await Promise.all(writes);
  await w.close();
  log('closed');
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 8 });
  log('byte strategy size(Uint8Array(5)) ' + bytes.size(new Uint8Array(5)));
  const b = makeSink('bytes');
  const ws2 = new WritableStream(b.sink, bytes);
  const w2 = ws2.getWriter();
  await new Promise((r) => setImmediate(r));
  w2.write(new Uint8Array(5));
  log('desiredSize after 5 bytes ' + w2.desiredSize);
  w2.write(new Uint8Array(6));
  log('desiredSize after 11 bytes ' + w2.desiredSize);
  while (b.pending.length || w2.desiredSize < 8) {
    await new Promise((r) => setImmediate(r));
    const resolve = b.pending.shift();
    if (resolve) resolve();
  }
  log('drained, desiredSize ' + w2.desiredSize);
  await w2.close();
})();
