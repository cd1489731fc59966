// More than 10 listeners for one event prints a MaxListenersExceededWarning once per event; setMaxListeners raises the limit.
const EventEmitter = require('events');
console.log('defaultMaxListeners', EventEmitter.defaultMaxListeners);
process.on('warning', (w) => console.log('warning event:', w.name, w.emitter === a, w.type, w.count));
const a = new EventEmitter();
console.log('getMaxListeners', a.getMaxListeners());
for (let i = 0; i < 12; i++) a.on('tick', () => {});
console.log('listeners added', a.listenerCount('tick'));
const b = new EventEmitter();
b.setMaxListeners(20);
for (let i = 0; i < 15; i++) b.on('x', () => {});
console.log('b getMaxListeners', b.getMaxListeners(), 'no warning for b');
const c = new EventEmitter();
c.setMaxListeners(0);
for (let i = 0; i < 30; i++) c.on('y', () => {});
console.log('unlimited ok');
for (let i = 0; i < 11; i++) a.on(Symbol.for('sym'), () => {});
