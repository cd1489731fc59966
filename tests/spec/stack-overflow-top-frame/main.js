// A stack overflow's top frame as V8 places it: the first operation in the function that needs a frame of its
// own (a parameter's property, `new`), an arrow's body expression at its operator, else the first statement.
function count(arr) {
  if (arr.length === 0) return 0;
  return 1 + count(arr);
}
function Node2() { return new Node2(); }
const fact = (n) => n * fact(n - 1);
function fib(n) { return fib(n - 1) + fib(n - 2); }
function walk(o) { return o.next(o); }
function grow(n) { const x = n + 1; return grow(x); }
function r1() { return count([1]); }
function r2() { return Node2(); }
function r3() { return fact(3); }
function r4() { return fib(3); }
function r5() { return walk({ next: walk }); }
const runs = [r1, r2, r3, r4, r5];
for (const run of runs) {
  try {
    run();
  } catch (e) {
    console.log(`${e.message} | ${e.stack.split('\n')[1].trim().replace(__dirname, '.')}`);
  }
}
grow(1);
