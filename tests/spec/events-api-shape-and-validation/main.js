// The events module's shape (exports, prototype methods, an emitter as inspected) and its argument validation errors.
const events = require('events');
const { EventEmitter } = events;
console.log(Object.keys(events));
console.log(Object.keys(EventEmitter.prototype));
console.log(events);
console.log(new EventEmitter(), new EventEmitter({ captureRejections: true }));
console.log(typeof EventEmitter, EventEmitter.length, events.once.constructor.name, EventEmitter.usingDomains);
const e = new EventEmitter();
const attempts = [
  () => e.on('x', 1),
  () => e.once('x', 'a string that is much longer than 28 chars'),
  () => e.removeListener('x', null),
  () => e.setMaxListeners(-1),
  () => e.setMaxListeners('3'),
  () => EventEmitter.setMaxListeners(2 ** 40 * -1),
  () => EventEmitter.setMaxListeners(3, {}),
  () => { EventEmitter.defaultMaxListeners = NaN; },
  () => { EventEmitter.captureRejections = 'yes'; },
  () => new EventEmitter({ captureRejections: 1 }),
  () => events.on(e, 'x', { highWaterMark: 0 }),
  () => events.on(e, 'x', { lowWaterMark: 1.5 }),
  () => events.on(e, 'x', { signal: {} }),
  () => events.getEventListeners({}, 'x'),
  () => events.getMaxListeners(null),
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message, String(err));
  }
}
events.once(e, 'x', { signal: 1 }).catch((err) => console.log('once rejects:', err.code, err.message));
EventEmitter.setMaxListeners(3);
console.log('defaultMaxListeners', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
const t = new EventTarget();
EventEmitter.setMaxListeners(4, t, e);
console.log('per target', events.getMaxListeners(t), events.getMaxListeners(e));
