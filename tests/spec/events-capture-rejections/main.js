// captureRejections: a rejected promise from an async listener is routed to 'error' (or Symbol.for('nodejs.rejection')).
const { EventEmitter, captureRejectionSymbol } = require('events');
console.log('captureRejectionSymbol', captureRejectionSymbol === Symbol.for('nodejs.rejection'));
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (id) => {
  await null;
  throw new Error('job ' + id + ' failed');
});
e.on('error', (err) => console.log('error listener got:', err.message));
console.log('emit ->', e.emit('job', 1));
class Custom extends EventEmitter {
  [captureRejectionSymbol](err, event, ...args) {
    console.log('custom rejection handler:', err.message, 'event', event, 'args', args);
  }
}
const c = new Custom({ captureRejections: true });
c.on('work', async (x) => { throw new Error('work broke'); });
c.emit('work', 'payload');
const plain = new EventEmitter();
process.on('unhandledRejection', (reason) => console.log('without captureRejections it is an unhandled rejection:', reason.message));
plain.on('x', async () => { throw new Error('plain rejection'); });
plain.emit('x');
console.log('sync end');
