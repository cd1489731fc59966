// A listener's frames name dispatchEvent after the target's class (Timer.dispatchEvent), as V8 does.
const ac = new AbortController();
ac.signal.addEventListener('abort', function onAbort() { console.log(new Error('x').stack.split('\n').slice(1, 5).join('\n').split(__dirname).join('.')); });
ac.abort();
class Timer extends EventTarget {}
const t = new Timer();
t.addEventListener('tick', () => console.log(new Error('y').stack.split('\n').slice(1, 5).join('\n').split(__dirname).join('.')));
t.dispatchEvent(new Event('tick'));
const e = new EventTarget();
e.addEventListener('z', () => console.log(new Error('z').stack.split('\n').slice(1, 5).join('\n').split(__dirname).join('.')));
e.dispatchEvent(new Event('z'));
t.addEventListener('boom', () => { throw new Error('listener threw'); });
t.dispatchEvent(new Event('boom'));
