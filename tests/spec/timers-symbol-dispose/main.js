// Timeout and Immediate have [Symbol.dispose], which clears them.
const t = setTimeout(() => console.log('never'), 1); t[Symbol.dispose]();
const i = setImmediate(() => console.log('never2')); i[Symbol.dispose]();
const iv = setInterval(() => console.log('never3'), 1); iv[Symbol.dispose]();
console.log(typeof t[Symbol.dispose], typeof i[Symbol.dispose]);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)), Object.getOwnPropertyNames(Object.getPrototypeOf(i)));
setTimeout(() => console.log('done'), 5);
