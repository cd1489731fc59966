// An 'error' emitted with a non-Error value and no listener: node wraps it in ERR_UNHANDLED_ERROR, made inside
// emit(), whose frame is named after the emitter's class.
const EventEmitter = require('events');
class Server extends EventEmitter {}
try { new EventEmitter().emit('error', { code: 42 }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>')); }
new Server().emit('error', 'boom');
