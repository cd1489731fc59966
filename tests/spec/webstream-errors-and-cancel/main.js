// Web stream failure paths: controller.error rejects reads, cancel() reaches the source, writer.abort reaches the sink.
const log = (m) => console.log(m);
(async () => {
  const errored = new ReadableStream({
    start(c) {
      c.enqueue('before');
      c.error(new Error('source broke'));
    },
  });
  const r = errored.getReader();
  try {
    log('read ' + JSON.stringify(await r.read()));
  } catch (err) {
    log('first read rejected: ' + err.message + ' (queued chunk discarded)');
  }
  await r.closed.catch((err) => log('closed rejected: ' + err.message));
  const cancellable = new ReadableStream({
    pull(c) { c.enqueue('tick'); },
    cancel(reason) { log('source cancel called with ' + reason); return new Promise((res) => setImmediate(res)); },
  });
  const cr = cancellable.getReader();
  log('read ' + (await cr.read()).value);
  const cancelResult = await cr.cancel('no longer needed');
  log('cancel resolved with ' + cancelResult + '; read after cancel ' + JSON.stringify(await cr.read()));
  const ws = new WritableStream({
    write(chunk) { log('sink write ' + chunk); },
    abort(reason) { log('sink abort: ' + reason); },
    close() { log('sink close (never)'); },
  });
  const w = ws.getWriter();
  await w.write('one');
  await w.abort('user gave up');
  try {
    await w.write('two');
  } catch (err) {
    log('write after abort rejected: ' + err);
  }
  try {
    new ReadableStream().getReader().releaseLock();
    const locked = new ReadableStream();
    locked.getReader();
    locked.getReader();
  } catch (err) {
    log('double getReader: ' + err.name + ' ' + err.code);
  }
  const closed = new WritableStream();
  const cw = closed.getWriter();
  await cw.close();
  await cw.closed;
  log('writer.closed resolved; desiredSize after close ' + cw.desiredSize + ', locked ' + closed.locked);
  cw.releaseLock();
  await closed.getWriter().ready.then(() => log('new writer on closed stream: ready resolves'));
})();
