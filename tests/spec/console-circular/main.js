// console.log marks circular references with <ref *N> and [Circular *N].
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b', list: [] };
b.list.push(b, { back: b });
console.log(b);
const m = new Map();
m.set('me', m);
console.log(m);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log([x, y]);
const arr = [1];
arr.push(arr);
console.log(arr);
