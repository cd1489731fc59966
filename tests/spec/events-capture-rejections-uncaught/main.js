// captureRejections with no 'error' listener: the rejected async listener's error crashes from node's emitUnhandledRejectionOrErr.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('data', async () => { throw new Error('rejected listener'); });
e.emit('data');
