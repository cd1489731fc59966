// emit('error') without a listener inside an async function: the throw becomes an unhandled rejection (node points at the error's creation).
const EventEmitter = require('events');
const e = new EventEmitter();
async function run() {
  await null;
  e.emit('error', new Error('async failure'));
}
run();
console.log('sync end');
