// Math's transcendental functions and `**` print V8's digits (fdlibm's algorithms), not the C library's.
const xs = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.E, 7.3, 10, 42.42, -0.3, -2.2];
for (const name of ['exp', 'log', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'expm1', 'log1p', 'log2', 'asinh']) {
  console.log(name.padEnd(6), xs.map((x) => Math[name](x)).join(' '));
}
const unit = [-0.9, -0.5, -0.1, 0.2, 0.6, 0.99];
for (const name of ['asin', 'acos', 'atanh']) console.log(name.padEnd(6), unit.map((x) => Math[name](x)).join(' '));
console.log('acosh ', [1, 1.5, 2, 10, 100].map(Math.acosh).join(' '));
console.log('atan2 ', [[1, 1], [1, -1], [-2, 3], [0.5, 0.25], [3, 7]].map(([y, x]) => Math.atan2(y, x)).join(' '));
// Compound interest, a sigmoid and a decay curve, as lessons write them.
let balance = 1000;
for (let year = 1; year <= 10; year++) balance *= 1.05;
console.log(balance, 1000 * 1.05 ** 10, 1000 * Math.pow(1.05, 10), 1000 * Math.exp(0.05 * 10));
console.log([-4, -2, -1, 0, 1, 2, 4].map((z) => 1 / (1 + Math.exp(-z))).join(' '));
console.log([0, 1, 2, 5, 10].map((t) => 100 * Math.exp(-0.3 * t)).join(' '));
console.log(10 ** -5, 2 ** 0.5, 1.1 ** 3, 0.1 ** 3, 8 ** (1 / 3), Math.pow(2, -3), 3 ** 40, (-2) ** 3, 7 ** -2);
console.log(Math.sin.name, Math.sin.length, Math.atan2.length, String(Math.exp), Object.keys(Math).length);
console.log(Math.exp('1'), Math.log({ valueOf: () => 100 }), Math.tanh(-0), Object.is(Math.sinh(-0), -0), Math.cos(), Math.atan2(1));
