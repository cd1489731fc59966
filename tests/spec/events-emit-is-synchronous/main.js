// emit() calls listeners synchronously in registration order; deferring with nextTick/setImmediate in listeners, and async listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', (n) => console.log('listener 1 sync', n));
e.on('go', (n) => process.nextTick(() => console.log('listener 2 nextTick', n)));
e.on('go', (n) => setImmediate(() => console.log('listener 3 immediate', n)));
e.on('go', async (n) => {
  console.log('listener 4 async start', n);
  await null;
  console.log('listener 4 async after await', n);
});
console.log('before emit');
e.emit('go', 1);
console.log('after emit 1');
e.emit('go', 2);
console.log('after emit 2');
Promise.resolve().then(() => console.log('promise queued in main'));
process.nextTick(() => console.log('tick queued in main'));
class Ticker extends EventEmitter {
  constructor() {
    super();
    process.nextTick(() => this.emit('ready', 'emitted from constructor via nextTick'));
  }
}
new Ticker().on('ready', (msg) => console.log('ready:', msg));
