// V8 places an undeclared name's ReferenceError at the name, or at the statement's keyword when the name is the
// first thing the statement evaluates.
const at = (e) => e.stack.split('\n')[1].split(__dirname).join('.');
function area(width, height) {
  return widht * height;
}
function check(user) {
  if (usr.age > 18) return 'adult';
  return 'minor';
}
function count(list) {
  const n = lst.length;
  return n;
}
function total(prices) {
  return prices.reduce((sum, p) => sum + p, inital);
}
function greet(name) {
  console.log('Hello, ' + nme);
}
const welcome = (name) => {
  console.log(`Hello ${nmae}!`);
};
function fail(code) {
  if (code) throw errr;
}
for (const fn of [() => area(2, 3), () => check({}), () => count([1]), () => total([1, 2]), () => greet('Ann'), () => welcome('Bo'), () => fail(1)]) {
  try { fn(); } catch (e) { console.log(e.message, '|', at(e)); }
}
setTimeout(() => {
  const sum = 10;
  console.log(summ);
}, 1);
