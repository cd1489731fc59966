// Compound interest, roots and negative powers of ten: V8's pow differs from a correctly rounded one (and from
// fdlibm's) in the last digit for a few percent of arguments.
const principal = 1000;
for (const rate of [0.03, 0.045, 0.05, 0.07]) {
  const rows = [];
  for (let years = 1; years <= 30; years += 7) rows.push((principal * Math.pow(1 + rate, years)).toString());
  console.log(`${rate}: ${rows.join(' ')}`);
}
console.log([-1, -2, -3, -4, -5, -6, -7, -8].map((e) => 10 ** e).join(' '));
console.log([2, 3, 5, 7, 10, 12].map((n) => n ** (1 / 3)).join(' '));
let s = 7;
const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
const vals = [];
for (let i = 0; i < 60; i++) vals.push(Math.pow(next() * 20, next() * 8 - 4));
console.log(vals.join('\n'));
console.log(1.1 ** 3, 1.05 ** 10, 0.1 ** 3, 2 ** -1074, 2 ** 0.5, (-8) ** 3, 9 ** 0.5);
