// The textbook recursion to 10 000 fits in node's stack; an unbounded one still overflows, catchably.
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
console.log(sumTo(10000));
const factorial = (n) => (n <= 1n ? 1n : n * factorial(n - 1n));
console.log(String(factorial(10000n)).length);
let depth = 0;
function down() { depth++; down(); }
try { down(); } catch (e) { console.log(e.name, e.message, depth > 10000); }
