process.on('uncaughtException', (e) => console.log('uE', e.name, e.message));
const et = new EventTarget();
et.addEventListener('x', { handleEvent: 5 });
et.dispatchEvent(new Event('x'));
console.log('dispatched');
