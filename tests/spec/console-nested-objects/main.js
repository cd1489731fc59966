// console.log inspects nested objects: depth 2 then [Object], [Array], quoting, and line breaking at 80 columns.
console.log({ a: 1, b: 'two', c: [3, 4], d: { e: { f: { g: 'deep' } } } });
console.log({ level1: { level2: { level3: { level4: 'hidden' } } }, arr: [[1, [2, [3, [4]]]]] });
console.log({ 'key with space': 1, valid_id: 2, 3: 'numeric key', "quote'd": "it's" });
console.log({
  alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', delta: 'dddddddddddd',
});
console.log({ fn() {}, arrow: () => 1, named: function named() {}, klass: class Foo {} });
console.log({ u: undefined, n: null, t: true, num: -0, big: 10n, sym: Symbol('s'), [Symbol('key')]: 'symbol-keyed' });
console.log([{ id: 1, tags: ['x', 'y'] }, { id: 2, tags: [] }], {});
console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }));
console.log({ date: new Date(0), re: /ab+c/gi, nested: { date: new Date(86400000) } });
