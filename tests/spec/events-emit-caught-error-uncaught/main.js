// An error the user threw and caught, then emitted with no listener: the header is node's events.js throw.
const EventEmitter = require('events');
let err;
try { throw new Error('caught first'); } catch (e) { err = e; }
new EventEmitter().emit('error', err);
