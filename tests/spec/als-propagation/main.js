// AsyncLocalStorage: the store follows nextTick, promise reactions (captured at .then() time), await,
// timers, immediates, fs callbacks and queueMicrotask; EventEmitter listeners run in the emitter's context;
// AsyncResource.bind / snapshot / exit / enterWith / disable.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const fs = require('fs');
const als = new AsyncLocalStorage();
const log = (what) => console.log(what, JSON.stringify(als.getStore()));
const ee = new EventEmitter();
ee.on('ping', () => log('listener (emitter context)'));
let bound;
let snap;
als.run({ req: 1 }, () => {
  process.nextTick(() => log('nextTick'));
  Promise.resolve().then(() => log('then'));
  queueMicrotask(() => log('queueMicrotask'));
  setTimeout(() => log('setTimeout 200'), 200);
  setImmediate(() => log('setImmediate'));
  fs.stat(__filename, () => log('fs.stat callback'));
  (async () => { await null; log('after await'); await new Promise((r) => setTimeout(r, 300)); log('after awaited timer'); })();
  bound = AsyncResource.bind(() => log('AsyncResource.bind'));
  snap = AsyncLocalStorage.snapshot();
  als.exit(() => log('inside exit'));
  als.run({ req: 2 }, () => { log('nested run'); setTimeout(() => log('nested timer 100'), 100); });
  log('back in run');
});
log('outside');
ee.emit('ping');
als.run({ req: 3 }, () => ee.emit('ping'));
bound();
snap(() => log('snapshot'));
const pending = new Promise((r) => setTimeout(r, 400));
als.run({ req: 4 }, () => pending.then(() => log('then registered in run 4')));
setTimeout(() => {
  als.enterWith({ req: 5 });
  log('after enterWith');
  setTimeout(() => { log('timer scheduled after enterWith'); als.disable(); log('after disable'); }, 1);
}, 500);
console.log('run returns callback value:', als.run({}, () => 42));
