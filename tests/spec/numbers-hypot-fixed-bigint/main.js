// Numbers as V8 computes and words them: Math.hypot's digits (distances, vector lengths), toFixed of tiny and
// tie values, BigInt conversion messages, and a BigInt division by zero placed at its operator.
const points = [[1, 5], [2, 3], [2, 5], [3, 3], [3, 4], [0.1, 0.2], [1e-200, 1e-200]];
for (const [x, y] of points) console.log(`hypot(${x}, ${y}) = ${Math.hypot(x, y)}`);
const v = [3, 1, 2];
const len = Math.hypot(...v);
console.log('unit length', Math.hypot(...v.map((c) => c / len)));
console.log(Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-0), Math.hypot('3', [4]));
for (const x of [3e-17, 1e-17, 7.7e-23, 0.1 + 0.2 - 0.3, 1.005, 0.5, 2.5, -1.5, 99.995, 1e20]) {
  console.log(x, x.toFixed(2), x.toFixed(10), x.toFixed(20));
}
const show = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
show(() => BigInt(Infinity));
show(() => BigInt(-Infinity));
show(() => BigInt(1e-7));
show(() => BigInt(1.5));
show(() => BigInt.asUintN(64, 1.5));
show(() => BigInt.asIntN(2 ** 53, 1n));
show(() => BigInt.prototype.toString.call('x'));
show(() => BigInt(Symbol('s')));
const total = 12345n;
const people = BigInt([].length);
console.log('splitting', total, 'among', people);
const share = total / people;
console.log(share);
