// Legacy assert: loose equal/deepEqual (coercion, prototypes ignored) vs strict variants, and an uncaught AssertionError crash (exit 1).
const assert = require('assert');
function check(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, 'failed:', e.code, JSON.stringify(e.message));
  }
}
check('equal 1 == "1"', () => assert.equal(1, '1'));
check('equal null == undefined', () => assert.equal(null, undefined));
check('notEqual 1 != 2', () => assert.notEqual(1, 2));
check('deepEqual loose', () => assert.deepEqual({ a: 1, b: ['2'] }, { a: '1', b: [2] }));
check('deepEqual ignores prototype', () => assert.deepEqual(Object.create(null), {}));
check('deepStrictEqual checks prototype', () => assert.deepStrictEqual(Object.create(null), {}));
check('deepEqual NaN', () => assert.deepEqual(NaN, NaN));
check('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check('equal fails', () => assert.equal(1, 2));
check('deepEqual fails', () => assert.deepEqual([1, 2, 3], [1, 2]));
console.log('assert.strict === require("assert/strict")', assert.strict === require('assert/strict'));
console.log('AssertionError is Error', new assert.AssertionError({ message: 'm' }) instanceof Error);
assert.deepStrictEqual({ list: [1, 2], ok: true }, { list: [1, 3], ok: true });
