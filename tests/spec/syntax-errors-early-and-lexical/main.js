// Early and lexical syntax errors as V8 words and marks them: strict-mode octals, bad escapes, regular
// expression literals, redeclarations in blocks and parameters, strict reserved words, tab-indented carets.
const fs = require('fs');
const path = require('path');
for (const f of fs.readdirSync(path.join(__dirname, 'bad')).sort()) {
  try {
    require('./bad/' + f);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 6).join('\n').replaceAll(__dirname, '<dir>'));
    console.log('--');
  }
}
