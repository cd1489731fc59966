// AbortErrors from timers/promises and events.once/on carry node's own frames, and AbortSignal.abort()'s and
// AbortSignal.timeout()'s reasons theirs; the last one is uncaught and shows node's source line.
const { setTimeout: sleep, setImmediate: tick, setInterval: every } = require('timers/promises');
const events = require('events');
const show = (label) => (e) => console.log(label, e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('.'));
const ac = new AbortController();
sleep(100, 'x', { signal: ac.signal }).catch(show('sleep'));
tick('y', { signal: ac.signal }).catch(show('tick'));
events.once(new events.EventEmitter(), 'ready', { signal: ac.signal }).catch(show('once'));
ac.abort();
sleep(5, 'v', { signal: AbortSignal.abort() }).catch(show('pre-aborted'));
try { events.on(new events.EventEmitter(), 'x', { signal: AbortSignal.abort() }); } catch (e) { show('on')(e); }
(async () => {
  for await (const n of every(10, 1, { signal: AbortSignal.abort() })) console.log(n);
})().catch(show('interval'));
console.log(AbortSignal.abort().reason.stack.split('\n').slice(0, 3).join('\n'));
const timeout = AbortSignal.timeout(5);
timeout.addEventListener('abort', () => console.log(timeout.reason.stack.split('\n').slice(0, 3).join('\n')));
setTimeout(() => {
  const later = new AbortController();
  sleep(1000, null, { signal: later.signal });
  later.abort();
}, 20);
