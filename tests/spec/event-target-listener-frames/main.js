// EventTarget listeners' frames: named after the target's class, over node's dispatch frames (and
// AbortController.abort's, for an AbortSignal, whose listeners read as EventTarget's).
const top = (n) => new Error().stack.split('\n').slice(1, n).map((l) => l.split(__dirname).join('<dir>')).join('\n');
const t = new EventTarget();
t.addEventListener('e', function named() { console.log(top(5)); });
t.addEventListener('e', () => { console.log(top(3)); });
t.dispatchEvent(new Event('e'));
const ac = new AbortController();
ac.signal.addEventListener('abort', function onAbort() { console.log(top(7)); });
ac.abort();
class My extends EventTarget {}
const m = new My();
m.addEventListener('x', function h() { console.log(top(2)); });
m.dispatchEvent(new Event('x'));
