// util.deprecate warns once per code on stderr (DeprecationWarning) when first called; the 'warning' event sees it; emitWarning variants.
const util = require('util');
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const oldFn = util.deprecate((x) => x * 2, 'oldFn() is deprecated. Use newFn() instead.', 'DEP_LOOPLAB_1');
const otherSameCode = util.deprecate(() => 'other', 'another message, same code', 'DEP_LOOPLAB_1');
const noCode = util.deprecate(() => 'no code', 'deprecated without a code');
console.log('wrapped name/length', oldFn.name, oldFn.length);
console.log('call 1', oldFn(1));
console.log('call 2', oldFn(2));
console.log('same code, not warned again', otherSameCode());
console.log('no code', noCode(), noCode());
process.emitWarning('custom warning text');
process.emitWarning('typed warning', 'CustomWarning', 'CODE42');
process.emitWarning('with detail', { type: 'DetailWarning', code: 'D1', detail: 'some extra detail' });
process.emitWarning(new Error('an Error object as warning'));
console.log('sync end: warnings are emitted on the next tick');
