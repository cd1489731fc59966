// Write callbacks: sync _write callbacks are deferred (never called synchronously); order vs nextTick/microtasks/immediates.
const { Writable } = require('stream');
const log = (m) => console.log(m);
const sync = new Writable({ write(c, e, cb) { log('  sync _write ' + c); cb(); } });
const asyncW = new Writable({ write(c, e, cb) { log('  async _write ' + c); setImmediate(cb); } });
log('-- sync writable');
sync.write('1', () => log('sync cb 1'));
log('after write 1');
sync.write('2', () => log('sync cb 2'));
process.nextTick(() => log('tick A'));
Promise.resolve().then(() => log('micro A'));
sync.write('3', () => log('sync cb 3'));
log('-- async writable');
asyncW.write('x', () => log('async cb x'));
asyncW.write('y', () => log('async cb y'));
asyncW.write('z', () => log('async cb z'));
log('async writableLength ' + asyncW.writableLength);
setImmediate(() => log('immediate B'));
setTimeout(() => {
  log('timeout: sync len ' + sync.writableLength + ' async len ' + asyncW.writableLength);
}, 0);
log('sync end');
