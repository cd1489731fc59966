// assert/strict: AssertionError properties and the exact diff messages of deepStrictEqual/strictEqual/notStrictEqual/throws/rejects.
const assert = require('assert/strict');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
show('deepStrictEqual objects', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: 'x' }, { a: 1, b: [1, 2, 4], c: 'x' }));
show('deepStrictEqual types', () => assert.deepStrictEqual([1, 2], ['1', 2]));
show('strictEqual numbers', () => assert.strictEqual(1, 2));
show('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'));
show('strictEqual multiline', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
show('notStrictEqual', () => assert.notStrictEqual(5, 5));
show('custom message', () => assert.strictEqual(1, 2, 'values must match'));
show('equal is strict here', () => assert.equal(1, '1'));
show('ok falsy', () => assert.ok(0));
show('ok with message', () => assert(false, 'explicit failure'));
show('throws wrong message', () => assert.throws(() => { throw new Error('actual'); }, { message: 'expected' }));
show('throws nothing', () => assert.throws(() => {}));
show('throws regexp', () => assert.throws(() => { throw new TypeError('bad type'); }, /bad/));
show('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('oops'); }));
show('match', () => assert.match('abc', /x/));
show('fail', () => assert.fail('boom'));
show('deepStrictEqual Map', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show('strict-mode passes', () => assert.deepStrictEqual({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] }));
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log('constructed:', err.name, err.code, JSON.stringify(err.message));
assert.rejects(Promise.resolve('fine')).catch((e) => {
  console.log('--- rejects on resolved promise:', e.code);
  console.log(e.message);
});
