// events.on() async iterator: yields arg arrays, buffers events emitted before consumption, break removes listeners, error rejects.
const { EventEmitter, on } = require('events');
const e = new EventEmitter();
(async () => {
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'two');
    e.emit('data', 3);
    e.emit('data', 4);
  });
  let n = 0;
  for await (const args of on(e, 'data')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('after break listeners', e.listenerCount('data'), 'error listeners', e.listenerCount('error'));
  const f = new EventEmitter();
  setTimeout(() => {
    f.emit('item', 'x');
    f.emit('error', new Error('stream failed'));
  }, 1);
  try {
    for await (const [v] of on(f, 'item')) console.log('item', v);
  } catch (err) {
    console.log('iterator threw', err.message);
  }
  const ac = new AbortController();
  const g = new EventEmitter();
  setTimeout(() => { g.emit('t', 1); ac.abort(); }, 1);
  try {
    for await (const [v] of on(g, 't', { signal: ac.signal })) console.log('t', v);
  } catch (err) {
    console.log('abort ended iteration:', err.name);
  }
})();
