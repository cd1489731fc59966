// 'newListener' fires before a listener is added (so it is not yet called) and 'removeListener' after removal, incl. once wrappers.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (event, listener) => {
  console.log('newListener', String(event), listener.name || '(anon)', 'count before add', e.listenerCount(event));
  if (event === 'data' && !e.__added) {
    e.__added = true;
    e.on('data', function addedInsideNewListener() { console.log('  inserted first'); });
  }
});
e.on('removeListener', (event, listener) => console.log('removeListener', String(event), listener.name || '(anon)'));
function onData(x) { console.log('  onData', x); }
e.on('data', onData);
e.once('data', function onceData(x) { console.log('  onceData', x); });
e.emit('data', 1);
e.emit('data', 2);
e.off('data', onData);
e.removeAllListeners('data');
e.removeAllListeners();
console.log('eventNames at end', e.eventNames());
