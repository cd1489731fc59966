// setTimeout/setInterval/setImmediate pass extra arguments; `this` is the Timeout/Immediate object.
setTimeout((a, b) => console.log('timeout args', a, b), 1, 'x', 42);
setImmediate((...args) => console.log('immediate args', args), 1, [2], { three: 3 });
const iv = setInterval(function (label) {
  console.log('interval arg', label, 'this is the Timeout:', this === iv);
  clearInterval(this);
}, 1, 'L');
setTimeout(function () {
  console.log('timeout this constructor:', this.constructor.name);
}, 2);
setImmediate(function () {
  console.log('immediate this constructor:', this.constructor.name);
});
try {
  setTimeout('console.log(1)', 1);
} catch (e) {
  console.log(e.name, e.code);
}
const t = Date.now();
while (Date.now() - t < 10) {} // the timers are due before the first check phase
