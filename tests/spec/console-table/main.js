// console.table draws box tables for arrays of objects, arrays of arrays, objects, and with a column filter.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ first: { x: 1 }, second: { y: 2 } });
console.table([{ name: 'apple', price: 1.5, qty: 3 }, { name: 'kiwi', price: 0.25, qty: 12 }], ['name', 'qty']);
console.table(['p', 'q']);
console.table('not tabular');
console.table(new Map([['k1', 'v1'], ['k2', 'v2']]));
