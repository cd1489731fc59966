// A `handleEvent` object listener that throws: node reports it from the Listener's async callback, under
// node's dispatch frames, and names the method after the listener object (`Object.handleEvent`).
const t = new EventTarget();
t.addEventListener('x', { handleEvent() { throw new Error('boom'); } });
process.on('uncaughtException', e => console.log(e.stack.replaceAll(__dirname, '.')));
t.dispatchEvent(new Event('x'));
class My extends EventTarget {}
const m = new My(); m.addEventListener('y', { handleEvent(e) { console.log('got', e.type); throw new Error('boom2'); } }); m.dispatchEvent(new Event('y'));
const ac = new AbortController();
ac.signal.addEventListener('abort', { handleEvent() { throw new Error('boom3'); } });
ac.abort();
