// Consuming a ReadableStream: reader.read() loop, for await (with early break cancelling), values() with preventCancel, tee().
const log = (m) => console.log(m);
function counter(n, name) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      i++;
      if (i > n) c.close();
      else c.enqueue(name + i);
    },
    cancel(reason) { log(name + ' cancelled, reason ' + reason); },
  });
}
(async () => {
  const reader = counter(3, 'r').getReader();
  let res;
  while (!(res = await reader.read()).done) log('read ' + res.value);
  log('done value ' + res.value);
  for await (const v of counter(3, 'f')) log('for await ' + v);
  const s = counter(10, 'b');
  for await (const v of s) {
    log('for await ' + v);
    if (v === 'b2') break;
  }
  log('after break locked ' + s.locked);
  const keep = counter(4, 'k');
  for await (const v of keep.values({ preventCancel: true })) {
    log('values ' + v);
    break;
  }
  const rest = keep.getReader();
  log('still readable after preventCancel: ' + (await rest.read()).value);
  const [t1, t2] = counter(2, 't').tee();
  const all = await Promise.all([t1, t2].map(async (t) => { const out = []; for await (const v of t) out.push(v); return out; }));
  log('tee branches ' + JSON.stringify(all));
})();
