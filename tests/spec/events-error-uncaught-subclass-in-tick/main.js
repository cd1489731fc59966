// An unhandled 'error' emitted by a subclass from a nextTick callback: the stack says "Emitted 'error' event on Job instance at:".
const EventEmitter = require('events');
class Job extends EventEmitter {}
const job = new Job();
function fail() { job.emit('error', new TypeError('job failed')); }
process.on('exit', (code) => console.log('exit', code));
process.nextTick(fail);
console.log('scheduled');
