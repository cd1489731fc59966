// A common mistake: passing emitter methods around unbound. node's own read of `this` fails, inside events.js.
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('item', (x) => console.log('item', x));
['a', 'b'].forEach((x) => bus.emit('item', x));
const boundEmit = bus.emit.bind(bus, 'item');
['c'].forEach(boundEmit);
const show = (e) => console.log(`${e.name}: ${e.message}\n${e.stack.split('\n').slice(1, 3).join('\n').split(__dirname).join('<dir>')}`);
const { on, once, prependListener, emit } = bus;
try { on('x', () => {}); } catch (e) { show(e); }
try { once('x', () => {}); } catch (e) { show(e); }
try { prependListener('x', () => {}); } catch (e) { show(e); }
try { emit.call(null, 'x'); } catch (e) { show(e); }
['d'].forEach(bus.emit);
