// TransformStream with transform/flush, pipeThrough chains and pipeTo a WritableStream; pipeTo resolves after close.
const log = (m) => console.log(m);
function source(items) {
  return new ReadableStream({
    start(c) {
      for (const i of items) c.enqueue(i);
      c.close();
    },
  });
}
const double = new TransformStream({
  start() { log('transform start'); },
  transform(chunk, controller) {
    controller.enqueue(chunk);
    controller.enqueue(chunk);
  },
  flush(controller) {
    log('flush');
    controller.enqueue('END');
  },
});
const upper = new TransformStream({
  transform(chunk, controller) { controller.enqueue(String(chunk).toUpperCase()); },
});
const got = [];
const sink = new WritableStream({
  write(chunk) { got.push(chunk); },
  close() { log('sink close'); },
});
const chained = source(['a', 'b']).pipeThrough(double).pipeThrough(upper);
log('pipeThrough returns a ReadableStream ' + (chained instanceof ReadableStream) + ', double.writable locked ' + double.writable.locked);
chained.pipeTo(sink).then((v) => {
  log('pipeTo resolved with ' + v + ': ' + JSON.stringify(got));
  const id = new TransformStream();
  source([1, 2, 3]).pipeTo(id.writable);
  const r = id.readable.getReader();
  const vals = [];
  const pump = () => r.read().then(({ value, done }) => {
    if (done) return log('identity TransformStream passed ' + JSON.stringify(vals));
    vals.push(value);
    return pump();
  });
  return pump();
}).then(() => {
  const failing = new TransformStream({ transform() { throw new Error('transform failed'); } });
  return source(['x']).pipeThrough(failing).pipeTo(new WritableStream()).catch((err) => log('pipeTo rejected: ' + err.message));
});
