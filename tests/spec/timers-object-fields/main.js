// Timeout and Immediate objects carry node's own fields in node's order; clearing a timer resets them.
const t = setTimeout(() => {}, 10);
console.log(Object.keys(t), t._idleTimeout, typeof t._idlePrev, t._destroyed);
clearTimeout(t);
console.log(t._idleTimeout, t._idlePrev, t._idleNext, t._onTimeout, t._destroyed);
const i = setInterval(() => {}, 5);
console.log(i._repeat, i._idleTimeout);
clearInterval(i);
const im = setImmediate(() => {});
console.log(Object.keys(im), im._idlePrev, im._destroyed);
clearImmediate(im);
console.log(im._destroyed, im._onImmediate);
