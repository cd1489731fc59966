// util.inspect options: depth, compact (true/false/number), breakLength, sorted, maxArrayLength, maxStringLength, showHidden, getters.
const util = require('util');
const obj = {
  zeta: 1,
  alpha: { beta: { gamma: { delta: { epsilon: 'deep' } } } },
  list: Array.from({ length: 120 }, (_, i) => i),
  text: 'x'.repeat(30),
  mid: ['short', 'strings', 'in', 'an', 'array', 'that', 'is', 'long', 'enough', 'to', 'wrap', 'maybe'],
};
console.log(util.inspect(obj));
console.log(util.inspect(obj, { depth: 0 }));
console.log(util.inspect(obj, { depth: Infinity, maxArrayLength: 3, maxStringLength: 5 }));
console.log(util.inspect(obj.alpha, { compact: false }));
console.log(util.inspect(obj.alpha, { compact: true, depth: null }));
console.log(util.inspect({ a: 1, b: 2, c: { d: 3 } }, { compact: 1, breakLength: 10 }));
console.log(util.inspect(obj.mid, { breakLength: Infinity }));
console.log(util.inspect(obj.mid, { breakLength: 40 }));
console.log(util.inspect({ c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect({ c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
const withGetter = { get g() { return 42; }, set s(v) {}, get gs() { return 'both'; }, set gs(v) {} };
console.log(util.inspect(withGetter), util.inspect(withGetter, { getters: true }));
console.log(util.inspect('str'), util.inspect("it's"), util.inspect('say "hi" it\'s'), util.inspect('`all` "three" \'q\''));
console.log(util.inspect(new Map([['k', { v: [1, 2] }]]), { depth: 0 }), util.inspect(new Set([[1]]), { depth: 0 }));
console.log(util.inspect({ toString() { return 'x'; }, [util.inspect.custom]() { return 'CUSTOM'; } }));
console.log(util.inspect({ inner: { [util.inspect.custom](depth, opts) { return `depth=${depth} compact=${opts.compact}`; } } }));
console.log(util.inspect(Object.create(null, { x: { value: 1, enumerable: true } })), util.inspect(Object.create(null)));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength, util.inspect.defaultOptions.compact);
