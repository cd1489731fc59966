// An Error given as assert's message argument is thrown as it is, from node's own line.
const assert = require('assert');
assert.ok(true);
assert.strictEqual('a', 'b', new RangeError('letters differ'));
