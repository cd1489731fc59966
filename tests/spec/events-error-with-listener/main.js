// 'error' events: handled by a listener, errorMonitor sees them first without handling them, once('error') for one-shot.
const { EventEmitter, errorMonitor } = require('events');
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor saw:', err.message));
e.on('error', (err) => console.log('handled:', err.message));
console.log('emit error ->', e.emit('error', new Error('first')));
console.log('errorMonitor is a symbol', typeof errorMonitor, errorMonitor.toString());
console.log('listenerCount error', e.listenerCount('error'), 'monitor', e.listenerCount(errorMonitor));
const f = new EventEmitter();
f.once('error', (err) => console.log('once handled:', err.message));
f.emit('error', new Error('one-shot'));
try {
  f.emit('error', new Error('second time is unhandled'));
} catch (err) {
  console.log('caught synchronously from emit:', err.message);
}
try {
  f.emit('error', 'a string reason');
} catch (err) {
  console.log('non-Error reason wrapped:', err.name, err.code, err.message, err.context);
}
try {
  f.emit('error');
} catch (err) {
  console.log('no argument:', err.name, err.code, err.message);
}
try {
  f.emit('error', { message: 'object', code: 42 });
} catch (err) {
  console.log('object reason:', err.name, err.code, err.message);
}
