// EventTarget's methods called off their target throw node's ERR_INVALID_THIS.
const target = new EventTarget();
const { addEventListener, removeEventListener, dispatchEvent } = target;
for (const [name, fn, args] of [['add', addEventListener, ['x', () => {}]], ['remove', removeEventListener, ['x', () => {}]], ['dispatch', dispatchEvent, [new Event('x')]]]) {
  try { fn(...args); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
try { EventTarget.prototype.addEventListener.call({}, 'x', () => {}); } catch (e) { console.log(e.code, e.stack.split('\n')[1]); }
const signal = new AbortController().signal;
signal.addEventListener('abort', () => console.log('aborted listener'));
addEventListener.call(signal, 'abort', () => console.log('second listener'));
addEventListener('late', () => {});
