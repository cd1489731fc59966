// Syntax errors about labels and a switch's case declarations, as V8 words and marks them (each file in bad/
// is required, so its SyntaxError's stack shows the marked line).
const files = ['continue-outer-in-callback.js', 'break-typo.js', 'break-outer-in-arrow.js',
  'continue-block-label.js', 'break-outside-loop.js', 'switch-duplicate-let.js'];
for (const file of files) {
  try {
    require(`./bad/${file}`);
  } catch (e) {
    console.log(`--- ${file}`);
    console.log(e.stack.split('\n').slice(0, 5).join('\n').replaceAll(__dirname, '.'));
  }
}
