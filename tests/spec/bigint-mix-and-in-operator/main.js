// Mixing a BigInt with a number is placed at the operator, and `in` on a primitive names the key and value,
// inside functions and at the top level.
const at = (e) => e.stack.split('\n')[1].split(__dirname).join('.');
function factorial(n) { return n <= 1n ? 1n : n * factorial(n - 1n); }
try { console.log(factorial(10n) + 1); } catch (e) { console.log(e.message, '|', at(e)); }
function average(total, count) {
  const c = BigInt(count);
  return total / c + 0.5;
}
try { average(10n, 2); } catch (e) { console.log(e.message, '|', at(e)); }
const word = 'hi';
try { 'length' in word; } catch (e) { console.log(e.message, '|', at(e)); }
try { 'a' in undefined; } catch (e) { console.log(e.message); }
try { 'a' in null; } catch (e) { console.log(e.message); }
const big = 10n;
const result = big + 1;
