// An 'error' event with no listener throws from emit; uncaught, it crashes the process with exit code 1 (errorMonitor still runs).
const { EventEmitter, errorMonitor } = require('events');
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor:', err.message));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer never runs'), 0);
console.log('emitting');
e.emit('error', new RangeError('nobody listens'));
console.log('not reached');
