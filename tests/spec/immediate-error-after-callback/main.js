// node formats an error's stack when it is first read; once an immediate's callback has returned, node has
// nulled its `_onImmediate`, so a stack read after that names the frame `Immediate.<anonymous>`.
const fs = require('fs');
const EventEmitter = require('events');
setImmediate(() => {
  try { fs.readFileSync('missing.txt'); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('<dir>')); }
});
setImmediate(() => {
  const e = new EventEmitter();
  try { e.emit('error', { code: 42 }); } catch (err) { console.log(err.stack.split('\n')[0]); }
});
setImmediate(() => { fs.readFileSync('nope.txt'); });
