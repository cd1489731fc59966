// Errors thrown by builtins list the builtin above the caller, as V8 does.
function frames(f) {
  try {
    f();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.'));
  }
}
frames(() => [].reduce((a, b) => a + b));
frames(() => Object.entries(null));
frames(() => [1, 2].forEach());
frames(() => new Map(7));
const totals = [];
console.log(totals.reduce((sum, x) => sum + x));
