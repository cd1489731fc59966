// console.trace prints node's frames: the method's column, object-literal receivers, node's loader frames
// at the top level, and the timer frames under a timer callback.
function f() { console.trace('t'); }
f();
const o = { go() { console.trace(); } };
o.go();
setTimeout(function tm() { console.trace('in timer %d', 1); }, 1);
setImmediate(() => console.trace('in immediate'));
