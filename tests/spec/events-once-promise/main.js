// events.once() resolves with the args array, rejects on 'error', honours AbortSignal; microtask ordering vs emit.
const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  setTimeout(() => {
    console.log('emitting ready');
    e.emit('ready', 'a', 42);
    console.log('emit returned');
  }, 1);
  const args = await once(e, 'ready');
  console.log('once resolved with', args);
  setTimeout(() => e.emit('error', new Error('boom')), 1);
  try {
    await once(e, 'done');
  } catch (err) {
    console.log('once rejected with', err.message, 'listeners left', e.listenerCount('done'), e.listenerCount('error'));
  }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message);
  }
  const p = once(e, 'error');
  e.emit('error', new Error('listened explicitly'));
  console.log('once(e, "error") resolves:', (await p)[0].message);
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('hello')), 1);
  const [ev] = await once(et, 'hello');
  console.log('EventTarget event type', ev.type);
})();
