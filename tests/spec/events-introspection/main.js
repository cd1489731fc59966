// listenerCount, listeners vs rawListeners (once wrappers), eventNames with symbols, events.getEventListeners/listenerCount helpers.
const events = require('events');
const { EventEmitter } = events;
const e = new EventEmitter();
const sym = Symbol('s');
function one() { return 'one'; }
function two() { return 'two'; }
e.on('a', one);
e.once('a', two);
e.on(sym, one);
e.on('b', two);
console.log('eventNames', e.eventNames());
console.log('listenerCount a', e.listenerCount('a'), 'missing', e.listenerCount('zzz'));
console.log('listenerCount with listener arg', e.listenerCount('a', two));
console.log('listeners', e.listeners('a').map((f) => f.name));
const raw = e.rawListeners('a');
console.log('rawListeners', raw.map((f) => f.name), 'wrapper has .listener', raw[1].listener === two);
raw[1]();
console.log('calling raw once wrapper removes it', e.listenerCount('a'));
console.log('getEventListeners', events.getEventListeners(e, 'b').map((f) => f.name));
console.log('static listenerCount (deprecated)', EventEmitter.listenerCount(e, 'a'));
const target = new EventTarget();
target.addEventListener('ping', () => {});
console.log('getEventListeners on EventTarget', events.getEventListeners(target, 'ping').length);
class My extends EventEmitter {}
const m = new My();
console.log('subclass', m instanceof EventEmitter, typeof m.on, m.eventNames());
