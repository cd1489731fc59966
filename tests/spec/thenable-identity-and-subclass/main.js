// Promise.resolve(p) returns p itself for native promises; thenables and values get wrapped.
const p = Promise.resolve(1);
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p);
const wrapped = new Promise((r) => r(p));
console.log('new Promise(r => r(p)) === p:', wrapped === p);
const thenable = { then(r) { r(2); } };
console.log('Promise.resolve(thenable) === thenable:', Promise.resolve(thenable) === thenable);
console.log('Promise.resolve(thenable) instanceof Promise:', Promise.resolve(thenable) instanceof Promise);
class MyPromise extends Promise {}
const mp = MyPromise.resolve(3);
console.log('subclass instance:', mp instanceof MyPromise, mp.then(() => {}) instanceof MyPromise);
console.log('Promise.resolve(mp) === mp:', Promise.resolve(mp) === mp);
Promise.all([p, wrapped, Promise.resolve(thenable), mp]).then((v) => console.log('values', v));
