// Error stacks as node prints them: user frames, then node's CommonJS loader frames (required module, entry),
// cut at Error.stackTraceLimit (10) frames.
// Paths are printed relative to the scenario folder.
const rel = (text) => text.replaceAll(__dirname, '.');
function where(label) {
  console.log(rel(new Error(label).stack));
}
where('top level');
const lib = require('./lib');
lib.report();
function down(n) {
  if (n === 0) return new Error('deep').stack;
  return down(n - 1);
}
console.log(rel(down(3)));
console.log(rel(down(12)));
try {
  JSON.parse('{ nope');
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 1).join('\n'));
}
const obj = {
  run() {
    return new Error('from a method').stack;
  },
};
console.log(rel(obj.run()));
Error.stackTraceLimit = 2;
console.log(rel(new Error('two frames').stack));
Error.stackTraceLimit = 0;
console.log(new Error('no frames').stack);
console.log(new Error('printed').stack);
