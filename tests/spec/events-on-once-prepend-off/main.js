// EventEmitter basics: on/once/prependListener/prependOnceListener/off order, emit return values, listener arguments and `this`.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (...a) => console.log(...a);
function a(x, y) { log('a', x, y, this === e); }
const b = (x) => log('b', x);
e.on('ev', a);
e.once('ev', b);
e.prependListener('ev', () => log('prepended'));
e.prependOnceListener('ev', () => log('prepended once'));
console.log('emit 1 ->', e.emit('ev', 1, 2));
console.log('emit 2 ->', e.emit('ev', 3, 4));
console.log('emit unknown ->', e.emit('nobody'));
console.log('off returns emitter', e.off('ev', a) === e);
console.log('removeListener not registered is fine', e.removeListener('ev', b) === e);
console.log('emit 3 ->', e.emit('ev', 5));
e.removeAllListeners('ev');
console.log('after removeAll ->', e.emit('ev'), e.listenerCount('ev'));
// the same function added twice is called twice; off removes the most recently added copy
const twice = () => log('twice');
e.on('dup', twice).on('dup', twice);
e.emit('dup');
e.off('dup', twice);
console.log('dup count', e.listenerCount('dup'));
// listeners added during emit don't run in that emit; removed ones still do
e.on('mut', function first() {
  log('first');
  e.on('mut', () => log('added during emit'));
  e.off('mut', second);
});
function second() { log('second (still runs this time)'); }
e.on('mut', second);
e.emit('mut');
console.log('--');
e.emit('mut');
console.log('aliases', EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log('EventEmitter.EventEmitter', EventEmitter.EventEmitter === EventEmitter, require('events').default === EventEmitter);
