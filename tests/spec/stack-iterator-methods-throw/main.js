// Where V8 places the caller of an iterable's [Symbol.iterator]() or next() that threw: a for-of's binding
// (next) or iterable ([Symbol.iterator]), an array spread's iterable, a call spread's call; with several
// loops and spreads in one function.
const show = (e) => console.log(e.stack.split('\n')[2].split(__dirname).join('<dir>'));
const it = { [Symbol.iterator]() { return { next() { throw new Error('n'); } }; } };
const bad = { [Symbol.iterator]() { throw new Error('i'); } };
try { for (const v of it) {} } catch (e) { show(e); }
try { for (const v of bad) {} } catch (e) { show(e); }
try { [...bad]; } catch (e) { show(e); }
try { Math.max(...bad); } catch (e) { show(e); }
try { Math.max(...it); } catch (e) { show(e); }
function f() {
  for (const a of [1]) {}
  for (const v of it) {}
}
try { f(); } catch (e) { show(e); }
function g() {
  const list = [...[1, 2]];
  for (const v of bad) {}
}
try { g(); } catch (e) { show(e); }
