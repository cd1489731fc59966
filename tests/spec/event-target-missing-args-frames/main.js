// node's ERR_MISSING_ARGS from EventTarget and Event: the method's own frame above the caller's.
const show = (f) => { try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); } };
const et = new EventTarget();
show(() => new CustomEvent());
show(() => et.addEventListener('x'));
show(() => et.removeEventListener());
show(() => et.dispatchEvent());
show(() => new Event('x').initEvent());
new Event();
