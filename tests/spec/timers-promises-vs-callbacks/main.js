// Promise timers and callback timers share the same timer lists; resolution adds one microtask hop.
const tp = require('node:timers/promises');
console.log('node: prefix is the same module:', tp === require('timers/promises'));
console.log('timers.promises is the same:', require('timers').promises === tp);
tp.setTimeout(1, 'promise timer A').then(console.log);
setTimeout(() => {
  console.log('callback timer B');
  Promise.resolve().then(() => console.log('microtask from B'));
}, 1);
tp.setTimeout(1, 'promise timer C').then(console.log);
tp.setImmediate('promise immediate').then(console.log);
setImmediate(() => console.log('callback immediate'));
const t = Date.now();
while (Date.now() - t < 5) {}
