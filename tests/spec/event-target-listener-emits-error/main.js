// An abort listener that emits 'error' on an emitter nobody listens to: EventTarget catches the throw and
// rethrows it on the next tick, where the uncaught error is reported.
const EventEmitter = require('events');
class Job extends EventEmitter {}
const job = new Job();
const ac = new AbortController();
ac.signal.addEventListener('abort', () => {
  console.log('aborting job');
  job.emit('error', new Error('job aborted'));
});
ac.abort();
console.log('after abort');
