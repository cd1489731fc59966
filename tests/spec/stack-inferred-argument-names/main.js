// V8's debug names for anonymous functions: passed before an object literal argument, assigned to a bracket
// key, and a tagged template's call site; a bound method run by a timer; a private getter.
const assert = require('assert');
const here = (e, n = 1) => e.stack.split('\n').slice(1, 1 + n).map((l) => l.split(__dirname).join('<dir>')).join('\n');

function boom() { throw new Error('boom'); }
try { assert.throws(() => boom(), { message: 'other' }); } catch (e) { console.log(here(e.actual, 2)); }
function call(f) { try { f(); } catch (e) { console.log(here(e, 2)); } }
call(() => boom(), { a: 1, b: 2 });
call(function () { boom(); }, { c: 1 });
call(() => boom(), { 'quoted key': 1 });
call(() => boom(), {});
call(() => boom(), { e: { f: 1 } });
call(() => boom(), 5, { g: 1 });
call(() => boom(), { [`computed`]: 1 });
call(() => boom(), { k() {} });
const obj = {};
obj.prop = call(() => boom(), { nested: 1 });
const total = [1, 2].reduce((acc, x) => acc + x, {});
console.log(typeof total);

const et = new EventTarget();
et.addEventListener('ping', () => console.log(here(new Error('listener'))), { once: true });
et.dispatchEvent(new Event('ping'));
const { EventEmitter } = require('events');
const em = new EventEmitter();
em.on('pong', () => console.log(here(new Error('emitter'))), { unused: true });
em.emit('pong');

const handlers = {};
handlers['save'] = () => { throw new Error('save'); };
try { handlers.save(); } catch (e) { console.log(here(e)); }

const tag = (strings, v) => v.toFixed(1);
try { console.log(tag`n=${'str'}`); } catch (e) { console.log(here(e, 2)); }
function tag2(strings, v) { return v.toFixed(1); }
try { console.log(tag2`n=${'str'}`); } catch (e) { console.log(here(e, 2)); }

class Shape {
  get #secret() { throw new Error('private getter'); }
  reveal() { return this.#secret; }
}
try { new Shape().reveal(); } catch (e) { console.log(here(e, 2)); }

class Clock {
  constructor() { this.ticks = 0; }
  start() { setTimeout(this.tick.bind(this), 5); }
  tick() { this.ticks++; console.log(here(new Error('tick'), 2)); }
}
new Clock().start();
function plain() { console.log(here(new Error('plain'), 2)); }
setTimeout(plain.bind({}), 10);
setTimeout(() => setImmediate(plain.bind({})), 20);
