// Syntax errors V8 words by the construct around the token: a shorthand property with an initializer in an
// object literal, `??` mixed with `||` inside a call's arguments (V8 expects the `)`) and outside one, a class
// with two constructors. Each file is required and its error's caret and message printed.
for (const file of ['./shorthand.js', './coalesce-arg.js', './coalesce.js', './two-constructors.js']) {
  try {
    require(file);
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(lines.slice(1, 3).join('\n'));
    console.log(lines.find((l) => l.startsWith('SyntaxError')));
  }
}
require('./shorthand-nested.js');
