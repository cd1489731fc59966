// Negative, NaN, non-numeric and fractional delays are coerced; anything < 1 or NaN becomes 1.
const order = [];
setTimeout(() => order.push('negative -50'), -50);
setTimeout(() => order.push('NaN'), NaN);
setTimeout(() => order.push("string 'abc'"), 'abc');
setTimeout(() => order.push('undefined'), undefined);
setTimeout(() => order.push('null'), null);
setTimeout(() => order.push('0.5'), 0.5);
setTimeout(() => order.push('10'), 10);
setTimeout(() => order.push("string '20'"), '20');
setTimeout(() => order.push('1.9 (truncated to 1)'), 1.9);
setTimeout(() => order.push('[] (0)'), []);
const t = Date.now();
while (Date.now() - t < 5) {}
setTimeout(() => console.log(order.join('\n')), 40);
