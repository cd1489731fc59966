// console.log of Promise states, non-enumerable/frozen/sealed objects and objects with a toJSON method.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ v: 1 });
const rejected = Promise.reject(new Error('r'));
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(Promise.resolve('str'), Promise.resolve(undefined));
console.log({ p: pending, q: [Promise.resolve(2)] });
console.log({ toJSON() { return 'json'; }, x: 1 });
console.log(Object.freeze({ frozen: true }), Object.seal([1]));
const obj = {};
Object.defineProperty(obj, 'hidden', { value: 1, enumerable: false });
obj.shown = 2;
console.log(obj);
