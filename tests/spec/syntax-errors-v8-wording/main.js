// Syntax errors as V8 words and marks them: each file under bad/ fails to compile when required; the
// decorated stack shows the file:line, the source line, the carets and the message.
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
