// EventTarget: the signal option, removal during dispatch; AbortSignal.any aborts after the source's listeners;
// AbortErrors are instances of node's AbortError class.
const et = new EventTarget(), ac = new AbortController();
et.addEventListener('a', () => console.log('signal listener'), { signal: ac.signal });
et.addEventListener('a', () => console.log('other listener'));
et.dispatchEvent(new Event('a'));
ac.abort(); et.dispatchEvent(new Event('a')); console.log('end');
et.addEventListener('b', () => console.log('never'), { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('b'));
const et2 = new EventTarget(); const h2 = () => console.log('h2');
et2.addEventListener('a', () => { console.log('h1'); et2.removeEventListener('a', h2); });
et2.addEventListener('a', h2); et2.dispatchEvent(new Event('a'));
const a = new AbortController();
const any = AbortSignal.any([a.signal]);
any.addEventListener('abort', () => console.log('any', any.aborted, any.reason.name));
a.signal.addEventListener('abort', () => console.log('source'));
a.abort();
console.log(AbortSignal.any([AbortSignal.abort('why')]).reason);
const ac3 = new AbortController();
require('timers/promises').setTimeout(10, null, { signal: ac3.signal })
  .catch(e => console.log(e.constructor.name, '|', require('util').inspect(e).split('\n')[0], e.code, e instanceof Error));
ac3.abort();
const ac4 = new AbortController();
require('events').once(new (require('events'))(), 'x', { signal: ac4.signal }).catch((e) => console.log(e.name, e.constructor.name, e.message));
ac4.abort();
