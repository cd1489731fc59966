// console.log of primitives at top level vs inside containers (quoting, escapes, -0, bigint, symbols, long strings).
console.log('plain', 42, -0, 0, 10n, true, null, undefined, NaN, Symbol('desc'), Symbol());
console.log(['single \'quote\'', "double \"quote\"", `both ' and "`, 'back`tick', 'new\nline', 'tab\t']);
console.log({ s: 'x'.repeat(100) });
console.log(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
console.log('multi\nline top-level');
console.log('');
console.log();
console.log(' leading and trailing spaces ');
console.log([-0, 0, +0.5, 1e-7, 2 ** 53, -Infinity]);
console.log('unicode: é ü 漢字 😀', ['😀']);
console.log(function foo() {}, () => {}, async function bar() {}, function* gen() {}, Math.max);
console.log([function () {}, class {}, class A extends Object {}]);
console.log(Symbol.iterator, [Symbol.for('registered')]);
