// Number#toExponential: ties round up (spec: "pick the larger"), no-argument form uses the shortest
// round-trip digits, and the edge cases (zero, subnormals, max value, bad arguments).
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const vals = [1.25, 1.35, 2.5, 0.5, 1.005, 123.456, 0.000001234, 1e21, 1.45, 8.345, 0.045, 99.995, -1.5, 1 / 3];
for (let i = 0; i < 60; i++) vals.push(Math.round(rnd() * 1e6) / [1, 10, 100, 1000][i % 4], rnd() * Number('1e' + ((i % 30) - 15)));
for (const v of vals) {
  const row = [];
  for (let d = 0; d <= 4; d++) row.push(v.toExponential(d));
  console.log(v, v.toExponential(), row.join(' '));
}
console.log((0).toExponential(), (0).toExponential(2), (-0).toExponential(1), (9.99).toExponential(1),
  (5e-324).toExponential(), (5e-324).toExponential(3), (1.7976931348623157e308).toExponential(5),
  NaN.toExponential(2), (-Infinity).toExponential(), (123).toExponential('2'), (0.00015).toExponential(0));
try { (1).toExponential(101); } catch (e) { console.log(e.name, e.message); }
try { Number.prototype.toExponential.call('x'); } catch (e) { console.log(e.name, e.message); }
console.log(Number.prototype.toExponential.length, Number.prototype.toExponential.name, new Number(2.5).toExponential(0));
