// Thenables that throw, have throwing `then` getters, or resolve a promise with itself reject it.
const throwsInThen = { then() { throw new Error('then threw'); } };
const throwsAfterResolve = { then(r) { r('resolved first'); throw new Error('ignored'); } };
const getterThrows = {};
Object.defineProperty(getterThrows, 'then', { get() { throw new RangeError('getter threw'); } });
const show = (label) => [
  (v) => console.log(label, 'fulfilled:', v),
  (e) => console.log(label, 'rejected:', e.name + ': ' + e.message),
];
Promise.resolve(throwsInThen).then(...show('throwsInThen'));
Promise.resolve(throwsAfterResolve).then(...show('throwsAfterResolve'));
Promise.resolve(getterThrows).then(...show('getterThrows'));
let selfResolve;
const self = new Promise((r) => { selfResolve = r; });
selfResolve(self);
self.then(...show('self-resolution'));
const chained = Promise.resolve().then(() => chained);
chained.then(...show('then returns own promise'));
console.log('sync end');
