// EventTarget dispatch follows node's live linked list: a listener added during dispatch runs unless added by the last one.
const t = new EventTarget();
t.addEventListener('x', () => { console.log('a'); t.addEventListener('x', () => console.log('late')); });
t.addEventListener('x', () => console.log('b'));
t.dispatchEvent(new Event('x'));
console.log('--');
const u = new EventTarget();
const c = () => console.log('c');
u.addEventListener('y', () => { console.log('a'); u.removeEventListener('y', c); });
u.addEventListener('y', c);
u.addEventListener('y', () => { console.log('d'); u.addEventListener('y', () => console.log('never')); }, { once: true });
u.dispatchEvent(new Event('y'));
u.dispatchEvent(new Event('y'));
const v = new EventTarget();
const self = () => { console.log('self'); v.removeEventListener('z', self); };
v.addEventListener('z', self); v.addEventListener('z', () => console.log('after self'));
v.dispatchEvent(new Event('z'));
