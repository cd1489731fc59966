// An uncaught error in eval code: node's header shows the eval code's line (`<anonymous_script>:N`).
const program = [
  'const total = 1 + 2;',
  'console.log("total", total);',
  'totl * 2;',
].join('\n');
function run(code) {
  return eval(code);
}
console.log(run('21 * 2'));
run(program);
