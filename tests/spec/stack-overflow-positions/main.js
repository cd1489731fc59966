// A stack overflow is placed where V8 places it: the recursing function's first statement, or the property an
// accessor reads or sets on itself.
const top = (e) => e.stack.split('\n').slice(0, 2).join('\n').split(__dirname).join('.');
function factorial(n) { return n * factorial(n - 1); }
function walk(node) {
  // descend without a base case
  const next = { child: node };
  return walk(next);
}
class Temp {
  get value() { return this.value; }
  set name(v) { this.name = v; }
}
try { factorial(5); } catch (e) { console.log(top(e)); }
try { walk({}); } catch (e) { console.log(top(e)); }
try { new Temp().value; } catch (e) { console.log(top(e)); }
try { new Temp().name = 'x'; } catch (e) { console.log(top(e)); }
function countdown(n) {
  if (n < -1e12) return;
  countdown(n - 1);
}
countdown(3);
