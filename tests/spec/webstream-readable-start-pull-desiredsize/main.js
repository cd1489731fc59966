// ReadableStream with start/pull: controller.desiredSize against highWaterMark, when pull is called, close() and reads.
const log = (m) => console.log(m);
let pulls = 0;
const rs = new ReadableStream({
  start(controller) {
    log('start: desiredSize ' + controller.desiredSize);
    controller.enqueue('s1');
    log('after enqueue: desiredSize ' + controller.desiredSize);
  },
  pull(controller) {
    pulls++;
    log('pull #' + pulls + ' desiredSize ' + controller.desiredSize);
    if (pulls <= 3) controller.enqueue('p' + pulls);
    if (pulls === 3) controller.close();
  },
  cancel(reason) {
    log('cancel ' + reason);
  },
}, { highWaterMark: 2 });
log('locked ' + rs.locked);
const reader = rs.getReader();
log('locked after getReader ' + rs.locked);
(async () => {
  await null;
  log('-- reading');
  for (;;) {
    const { value, done } = await reader.read();
    log('read -> ' + JSON.stringify({ value, done }));
    if (done) break;
  }
  await reader.closed;
  log('reader.closed resolved; pulls ' + pulls);
  reader.releaseLock();
  log('locked after releaseLock ' + rs.locked);
  const sized = new ReadableStream({
    start(c) {
      c.enqueue('abcd');
      c.enqueue('ef');
      log('size-strategy desiredSize ' + c.desiredSize);
      c.close();
    },
  }, { highWaterMark: 10, size: (chunk) => chunk.length });
  const r2 = sized.getReader();
  log('sized read ' + (await r2.read()).value);
})();
log('sync end');
