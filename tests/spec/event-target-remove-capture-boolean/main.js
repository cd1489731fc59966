const et = new EventTarget();
const h = () => console.log('h');
et.addEventListener('x', h, { capture: true });
et.removeEventListener('x', h);
et.dispatchEvent(new Event('x'));
console.log('---');
et.removeEventListener('x', h, true);
et.dispatchEvent(new Event('x'));
console.log('end');
