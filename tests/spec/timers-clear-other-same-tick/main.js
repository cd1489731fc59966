// A timer cleared in the same tick it was created never runs; clearing from a microtask works too.
const a = setTimeout(() => console.log('A (never)'), 1);
clearTimeout(a);
const b = setTimeout(() => console.log('B (never)'), 1);
Promise.resolve().then(() => { clearTimeout(b); console.log('cleared B in a microtask'); });
const c = setTimeout(() => console.log('C (never)'), 1);
process.nextTick(() => { clearTimeout(c); console.log('cleared C in a tick'); });
const im = setImmediate(() => console.log('immediate (never)'));
clearImmediate(im);
setTimeout(() => console.log('D runs'), 1);
const iv = setInterval(() => console.log('interval (never)'), 1);
clearTimeout(iv); // clearTimeout and clearInterval are interchangeable
const t2 = setTimeout(() => console.log('E (never)'), 1);
clearInterval(t2);
