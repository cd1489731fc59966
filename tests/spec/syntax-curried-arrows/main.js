// Curried concise arrows whose innermost body ends in `]` (Boa's span of the inner arrow stops before it).
const pluck = key => obj => obj[key];
console.log(pluck('a')({ a: 1 }));
const f = x => y => x || x[0];
console.log(f([5])(1), (x => y => -y[x])(0)([3]), (x => y => typeof y[x])(0)([3]));
const g = x => y => z => z[y][x];
console.log(g(0)(1)([[1], [2]]));
const h = a => async y => y[a];
h(0)([9]).then(console.log);
const c = (t) => (t ? (u) => u[0] : (u) => u[1]);
console.log(c(true)([1, 2]), c(false)([1, 2]));
const tag = (s) => (v) => s.raw[0] + v;
console.log(tag`x`(1));
