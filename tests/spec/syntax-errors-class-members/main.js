// Syntax errors of class members as V8 words and marks them: a private name used outside the class that
// declares it (or in another class), a private field declared twice, a getter with a parameter.
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
