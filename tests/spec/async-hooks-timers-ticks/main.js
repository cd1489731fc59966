// async_hooks.createHook over timers, immediates and nextTick: init with its trigger, before/after around each
// callback, and destroy batched after. Ids are printed as names in first-seen order (node's raw numbers differ).
const ah = require('async_hooks');
const fs = require('fs');
const ids = new Map();
const name = (id) => { if (!ids.has(id)) ids.set(id, 'r' + ids.size); return ids.get(id); };
const log = (s) => fs.writeSync(1, s + '\n');
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    log(`init ${name(id)} ${type} trigger=${ids.has(trigger) ? name(trigger) : 'top'} resource=${typeof resource}`);
  },
  before(id) { log(`before ${name(id)} exec=${name(ah.executionAsyncId())}`); },
  after(id) { log(`after ${name(id)}`); },
  destroy(id) { log(`destroy ${name(id)}`); },
});
hook.enable();
setTimeout(() => {
  log('timeout cb');
  process.nextTick(() => log('tick cb'));
  setImmediate(() => {
    log('immediate cb');
    hook.disable();
    setTimeout(() => log('unhooked timeout'), 1);
  });
}, 5);
