// util.promisify (plain, util.promisify.custom, multiple callback values, this binding) and util.callbackify (incl. falsy rejection reasons).
const util = require('util');
function add(a, b, cb) {
  setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)));
}
function custom(cb) { cb(null, 'never used'); }
custom[util.promisify.custom] = () => Promise.resolve('from custom');
const obj = {
  base: 10,
  addBase(x, cb) { process.nextTick(cb, null, this.base + x); },
};
(async () => {
  const pAdd = util.promisify(add);
  console.log('promisified', await pAdd(2, 3));
  try {
    await pAdd(-1, 0);
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log('custom symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  console.log('custom used', await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  console.log('this binding', await util.promisify(obj.addBase).call(obj, 5));
  const multi = util.promisify((cb) => cb(null, 'first', 'second'));
  console.log('extra callback values are dropped', await multi());
  console.log('setTimeout promisified', await util.promisify(setTimeout)(1, 'timer value'));
  console.log('setImmediate promisified', await util.promisify(setImmediate)('imm value'));
  try {
    util.promisify('nope');
  } catch (e) {
    console.log('promisify non-function', e.code, e.message);
  }
  const cbAsync = util.callbackify(async (x) => x * 2);
  cbAsync(21, (err, v) => {
    console.log('callbackify resolved', err, v);
    const cbReject = util.callbackify(async () => { throw new TypeError('bad'); });
    cbReject((err2) => {
      console.log('callbackify rejected', err2.name, err2.message);
      const cbNull = util.callbackify(() => Promise.reject(null));
      cbNull((err3) => {
        console.log('falsy reason wrapped:', err3.name, err3.code, err3.message, err3.reason);
      });
    });
  });
  console.log('callbackify calls back asynchronously');
})();
