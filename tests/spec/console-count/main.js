// console.count / countReset keep per-label counters printed to stdout.
console.count();
console.count();
console.count('apples');
console.count('apples');
console.count('default');
console.countReset('apples');
console.count('apples');
console.countReset();
console.count();
console.count(42);
console.count({ toString() { return 'obj-label'; } });
