const o = { a: 1 };
console.log(o..a);
