// An AssertionError user code builds itself keeps node's constructor frame.
const { AssertionError } = require('assert');
const e = new AssertionError({ message: 'checked by hand', actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message); console.log(e.stack.split('\n').filter((l) => l.startsWith('    at')).slice(0, 2).map((l) => l.split(__dirname).join('<dir>')).join('\n'));
throw new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
