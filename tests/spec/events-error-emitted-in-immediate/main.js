// An 'error' emitted from a setImmediate callback with no listener: the "Emitted 'error' event at:" stack is
// formatted at the crash, after node has cleared the immediate's callback, so its frame is
// `Immediate.<anonymous>`.
const EventEmitter = require('events');
class Job extends EventEmitter {
  constructor() {
    super();
    setImmediate(() => this.emit('error', new Error('job failed to start')));
  }
}
new Job();
console.log('job created');
