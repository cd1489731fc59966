// Errors in code run by eval and new Function: V8's messages, and frames placed in that code
// (`eval at f (file:line:col), <anonymous>:line:col`), the code coming from a variable.
function calc(src) {
  return eval(src);
}
const inputs = ['1 + 2 * 3', '(1 + 2', 'null.x', '1 2', 'o.m()', '"abc', '}', 'undefinedName * 2',
  'let q = 1; q()', 'JSON.parse("{")', '[].reduce((a, b) => a)', '10 / 0', 'Math.max(...5)', 'const k = 1; k = 2',
  'let t = {}; t.a.b', 'x => x * 2', 'new (class A { #p = 1; static has(o) { return #p in o; } })().p'];
const o = {};
for (const s of inputs) {
  try {
    console.log(JSON.stringify(s).padEnd(28), '=', calc(s));
  } catch (e) {
    console.log(JSON.stringify(s).padEnd(28), `${e.name}: ${e.message}`);
    const frame = String(e.stack).split('\n').find((l) => l.includes('<anonymous>'));
    if (frame) console.log('   ', frame.trim().split(__dirname).join('<dir>'));
  }
}
const fns = [
  ['a', 'return a.b.c'],
  ['x', 'const y = x * 2;\nreturn y.toFixed(1).foo.bar'],
  ['return missing + 1'],
  ['n', 'if (n > 1) throw new RangeError("too big: " + n);\nreturn n'],
];
for (const args of fns) {
  try {
    const f = new Function(...args);
    console.log(String(f).split('\n').join(' | '), '->', f({}));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
    console.log('   ', String(e.stack).split('\n')[1].trim().split(__dirname).join('<dir>'));
  }
}
try { new Function('n', 'if (n > 1) throw new RangeError("too big: " + n);\nreturn n')(5); } catch (e) {
  console.log(String(e.stack).split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>'));
}
