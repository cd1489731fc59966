// A flame-chart lesson: fib(12) is a tree of calls; each call costs virtual time.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log('fib(12) =', fib(12));
