// events.once/on with a signal that is not an AbortSignal: node's frames (once is async: its check's line is
// the header of the rejection).
const { once, on, EventEmitter } = require('events');
try { on(new EventEmitter(), 'x', { signal: 'nope' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
once(new EventEmitter(), 'x', { signal: 'nope' }).catch((e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')));
setTimeout(() => once(new EventEmitter(), 'y', { signal: 42 }));
