// EventEmitter and util argument checks fail with node's frames: checkListener / _addListener under
// `EventEmitter.addListener`, `Object.promisify (node:internal/util:409:3)`, `Object.inherits (node:util:324:11)`.
const EventEmitter = require('events');
const util = require('util');
const rel = (s) => String(s).split(__dirname).join('.');
const show = (f) => {
  try { f(); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 5).join('\n'))); }
};
class Radio extends EventEmitter {}
const e = new EventEmitter();
show(() => e.on('x'));
show(() => e.once('x', 5));
show(() => e.prependListener('x'));
show(() => e.prependOnceListener('x'));
show(() => e.off('x'));
show(() => new Radio().addListener('x', null));
show(() => e.setMaxListeners(-1));
show(() => EventEmitter.setMaxListeners('a'));
show(() => EventEmitter.getEventListeners(5, 'x'));
show(() => EventEmitter.on(5, 'x'));
show(() => { EventEmitter.defaultMaxListeners = -1; });
show(() => util.promisify(undefined));
show(() => util.callbackify(5));
show(() => util.inherits(null, EventEmitter));
show(() => util.inherits(function A() {}, {}));
show(() => util.deprecate(5));
show(() => util.formatWithOptions(5, 'x'));
show(() => util.getSystemErrorName(5));
show(() => util.parseArgs({ args: 'x' }));
show(() => util.parseEnv(5));
show(() => new util.TextDecoder('nope'));
show(() => new util.MIMEType('text'));
const { promisify, callbackify } = util;
show(() => promisify(5));
show(() => callbackify(5));
EventEmitter.once(5, 'x').catch((err) => {
  console.log(rel(err.stack.split('\n').slice(0, 6).join('\n')));
  setTimeout(() => new Radio().on('tune'));
});
