// console.dir honours the inspect depth option (0, 1, null, Infinity); top-level strings are quoted unlike console.log.
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir('a string');
console.log('a string');
console.dir([1, 'two'], { depth: 0 });
console.dir(new Map([['k', { v: { w: 1 } }]]), { depth: 1 });
