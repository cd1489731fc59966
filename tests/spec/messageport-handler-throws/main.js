// A 'message' handler that throws: node's frames for a port's delivery (its per-context emitMessage), the
// handler named after the port, and the uncaught report from the event target's nextTick rethrow.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (job) => {
  console.log('got', job);
  if (job.endsWith('2')) throw new Error(`handler failed on ${job}`);
});
port1.postMessage('job-1');
port1.postMessage('job-2');
