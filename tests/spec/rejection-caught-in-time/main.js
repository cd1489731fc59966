// A rejection handled before the microtask queue drains is never reported as unhandled.
process.on('unhandledRejection', (r) => console.log('unhandledRejection (never):', r));
const p = Promise.reject(new Error('caught in a microtask'));
Promise.resolve().then(() => p.catch((e) => console.log('caught:', e.message)));
const q = Promise.reject(new Error('caught in a tick'));
process.nextTick(() => q.catch((e) => console.log('caught:', e.message)));
const r = Promise.reject(new Error('caught synchronously'));
r.then(null, (e) => console.log('caught:', e.message));
const s = Promise.reject(new Error('caught via finally chain'));
s.finally(() => console.log('finally ran')).catch((e) => console.log('caught after finally:', e.message));
setTimeout(() => console.log('timer: no crash'), 1);
