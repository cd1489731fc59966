// Event and EventTarget as node 20 has them: prototype getters, eventPhase/currentTarget only during the first
// listener, (listener, capture) keys, argument errors, MaxListeners warnings, a throwing listener rethrown.
const ev = new Event('x', { cancelable: true });
console.log(Object.keys(ev), Object.getOwnPropertyNames(ev), ev.eventPhase, ev.isTrusted, ev.cancelBubble, ev.returnValue, ev.bubbles, ev.composed, ev.timeStamp > 0, ev.srcElement, ev.target, ev.currentTarget, ev.defaultPrevented);
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
const et = new EventTarget(); const fn = (e) => console.log('fn', e.eventPhase, e.currentTarget === et, e.target === et, e.composedPath().length);
et.addEventListener('x', fn); et.addEventListener('x', fn, { capture: true }); et.addEventListener('x', fn, true);
console.log(et.dispatchEvent(ev), ev.currentTarget, ev.eventPhase, ev.target === et, ev.composedPath());
ev.preventDefault(); console.log(ev.defaultPrevented, ev.returnValue);
const ev2 = new Event('y'); ev2.returnValue = false; console.log(ev2.defaultPrevented);
console.log(Object.prototype.toString.call(new AbortController().signal), Object.prototype.toString.call(ev), Object.prototype.toString.call(et));
try { et.dispatchEvent('x'); } catch (e) { console.log(e.code, e.message); }
try { new Event(); } catch (e) { console.log(e.code, e.message); }
try { et.addEventListener('x', 'str'); console.log('added str'); } catch (e) { console.log(e.code, e.message); }
try { new AbortSignal(); } catch (e) { console.log(e.code, e.name, e.message); }
ev.cancelBubble = true; console.log(ev.cancelBubble);
const ev3 = new Event('z'); ev3.stopPropagation(); console.log(ev3.cancelBubble);
et.addEventListener('s', (e) => { e.stopImmediatePropagation(); console.log('first'); }); et.addEventListener('s', () => console.log('second'));
et.dispatchEvent(new Event('s'));
console.log(et);
console.log(new CustomEvent('c', { detail: { a: 1 } }).detail);
{
const { setMaxListeners, getMaxListeners, getEventListeners } = require('events');
const et = new EventTarget();
for (let i = 0; i < 11; i++) et.addEventListener('foo', () => {});
const ac = new AbortController();
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});
console.log(getMaxListeners(et), getEventListeners(et, 'foo').length);
const t2 = new EventTarget(); setMaxListeners(2, t2); console.log(getMaxListeners(t2));
for (let i = 0; i < 3; i++) t2.addEventListener('bar', () => {});
et.addEventListener('n', null);
et.addEventListener('o', {});
console.log(et.dispatchEvent(new Event('o')));
try { et.addEventListener('x'); } catch (e) { console.log(e.code, e.message); }
try { et.addEventListener('x', () => {}, { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
try { et.removeEventListener('x'); } catch (e) { console.log(e.code, e.message); }
console.log(Object.prototype.toString.call(new CustomEvent('c')), Object.prototype.toString.call(new AbortController()));
const e5 = new Event('r'); et.addEventListener('r', () => { try { et.dispatchEvent(e5); } catch (e) { console.log(e.code, e.message); } }); et.dispatchEvent(e5);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.isTrusted, e.type, e.target === ac.signal));
ac.abort();
console.log(typeof Event.prototype.initEvent, new Event('q').composedPath());
const ev = new Event('w'); ev.initEvent('w2', true, true); console.log(ev.type, ev.bubbles, ev.cancelable);
et.addEventListener('boom', () => { throw new Error('listener threw'); });
et.dispatchEvent(new Event('boom'));
console.log('after dispatch');
}
