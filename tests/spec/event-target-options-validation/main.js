// addEventListener's and new Event's options: node's validation (a boolean is capture; arrays and functions pass addEventListener, not Event).
const et = new EventTarget();
for (const opts of [null, 'capture', 5, true, false, { once: 1 }, [], () => {}]) { try { et.addEventListener('z', () => {}, opts); console.log('ok', typeof opts) } catch (e) { console.log(e.message, '|', e.stack.split('\n')[1], e.stack.split('\n')[2]) } }
for (const opts of [null, 'str', [], 5, true, () => {}]) { try { new Event('x', opts); console.log('ok') } catch (e) { console.log(e.message, '|', e.stack.split('\n')[1]) } }
const ac = new AbortController();
try { ac.signal.addEventListener('abort', () => {}, 'x'); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
