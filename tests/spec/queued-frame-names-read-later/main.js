// V8 names a callback's frame when the stack is first read: `[as _onImmediate]` only while the immediate
// still holds its callback, `[as _onTimeout]` only while the timer is not cleared.
const show = (label, err) => console.log(label, err.stack.split('\n')[1].split(__dirname).join('.'));
let saved;
setImmediate(function work() {
  saved = new Error('x');
  show('inside immediate:', new Error('y'));
});
setImmediate(() => {
  show('anonymous inside:', new Error('z'));
  const t = setTimeout(function tick() {
    show('timer before clear:', new Error('a'));
    clearTimeout(t);
    show('timer after clear:', new Error('b'));
    setTimeout(() => show('read later:', saved), 5);
  }, 1);
});
