// fib(25): 242785 calls of one recursive function, pure JavaScript (no host calls). Plain Boa runs this same file.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log('fib 25', fib(25));
