// A string thrown by an EventTarget listener: node rethrows it on the next tick, and the fatal report shows
// that line of lib/internal/event_target.js, not the listener's throw.
const et = new EventTarget();
et.addEventListener('x', () => { throw 'just a string'; });
et.dispatchEvent(new Event('x'));
console.log('dispatched');
