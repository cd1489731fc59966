// An uncaught argument error from node's own code shows node's internal source line above it.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', 'not a function');
