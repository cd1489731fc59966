// Aborting a timers/promises timer rejects with an AbortError (name, code, message, cause).
const tp = require('timers/promises');
const ac = new AbortController();
tp.setTimeout(1000, 'never', { signal: ac.signal }).then(
  (v) => console.log('fulfilled?', v),
  (err) => {
    console.log('setTimeout rejected:', err.name, err.code);
    console.log('message:', err.message);
    console.log('cause:', err.cause && err.cause.name, '/', err.cause && err.cause.message);
    console.log('instanceof Error:', err instanceof Error);
  });
setTimeout(() => { console.log('aborting'); ac.abort(); }, 50);
const ac2 = new AbortController();
tp.setImmediate('x', { signal: ac2.signal }).catch((e) => console.log('setImmediate rejected:', e.name, e.code, 'cause:', e.cause));
ac2.abort('custom reason');
const ac3 = new AbortController();
ac3.abort();
tp.setTimeout(1, 'y', { signal: ac3.signal }).catch((e) => console.log('pre-aborted signal:', e.name, e.code));
const ac4 = new AbortController();
(async () => {
  try {
    for await (const _ of tp.setInterval(5, null, { signal: ac4.signal })) {
      console.log('interval tick');
      ac4.abort();
    }
  } catch (e) {
    console.log('interval iterator rejected:', e.name, e.code);
  }
})();
