// Stack frames inside event listeners: V8 names the listener after the emitter's class and shows node's emit
// (524:28 for one listener, 536:35 for several) or once-wrapper frame below it.
const EventEmitter = require('events');
const { Readable } = require('stream');
class MyEm extends EventEmitter {}
const show = (err) => console.log(err.stack.split('\n').slice(1, 4).join('\n').split(__dirname).join('<dir>'));
const e = new EventEmitter();
const m = new MyEm();
e.on('a', () => { show(new Error('x')); });
e.on('b', function named() { show(new Error('x')); });
e.once('c', function () { show(new Error('x')); });
m.on('d', function () { show(new Error('x')); });
m.on('e', () => { show(new Error('x')); });
const obj = { handler() { show(new Error('x')); } };
e.on('f', obj.handler);
e.on('g', (a, b) => { show(new Error('x')); });
e.on('g', (a, b) => { show(new Error('y')); });
e.emit('a'); e.emit('b'); e.emit('c'); m.emit('d'); m.emit('e'); e.emit('f'); e.emit('g', 1, 2);
e.once('h', () => show(new Error('x')));
e.on('h', () => {});
e.emit('h');
process.on('foo', function () { show(new Error('x')); });
process.emit('foo');
function Legacy() { EventEmitter.call(this); }
require('util').inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('z', () => show(new Error('x')));
l.emit('z');
const r = new Readable({ read() {} });
// (node's stream internals below emit are not modelled: two frames only)
r.on('data', function () { console.log(new Error('x').stack.split('\n').slice(1, 3).join('\n').split(__dirname).join('<dir>')); });
r.push('x');
class Job extends EventEmitter {
  start() { setTimeout(() => this.emit('fail', new Error('job failed')), 5); }
}
const j = new Job();
j.on('fail', function onFail(err) {
  try { null.x; } catch (e2) { show(e2); }
});
j.start();
