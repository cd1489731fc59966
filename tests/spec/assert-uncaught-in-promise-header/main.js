// An assertion that rejects a promise shows node's promise-rethrow header, not assert's own line.
const assert = require('assert');
console.log('before');
(async () => { assert.strictEqual(1, 2); })();
