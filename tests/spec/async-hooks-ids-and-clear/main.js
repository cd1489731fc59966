// executionAsyncId/triggerAsyncId inside callbacks, a cleared timer (destroy without before/after), an interval
// that stops itself, and createHook argument validation.
const ah = require('async_hooks');
const fs = require('fs');
const ids = new Map();
const name = (id) => { if (!ids.has(id)) ids.set(id, 'r' + ids.size); return ids.get(id); };
const log = (s) => fs.writeSync(1, s + '\n');
log(`top exec=${ah.executionAsyncId()} trigger=${ah.triggerAsyncId()}`);
try { ah.createHook({ init: 5 }); } catch (e) { log(`${e.name} ${e.code}`); }
ah.createHook({
  init(id, type, trigger) { log(`init ${name(id)} ${type}`); },
  before(id) { log(`before ${name(id)}`); },
  after(id) { log(`after ${name(id)}`); },
  destroy(id) { log(`destroy ${name(id)}`); },
}).enable();
const t = setTimeout(() => log('never'), 10);
clearTimeout(t);
let n = 0;
const iv = setInterval(() => {
  log(`interval ${++n} trigger-is-top=${ah.triggerAsyncId() === 1}`);
  if (n === 2) clearInterval(iv);
}, 3);
const im = setImmediate(() => log('never either'));
clearImmediate(im);
