// An unhandled 'error' event whose argument is not an Error becomes ERR_UNHANDLED_ERROR and crashes with exit code 1.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('emitting a string error');
e.emit('error', 'just a string');
