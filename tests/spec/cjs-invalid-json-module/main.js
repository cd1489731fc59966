// Invalid JSON modules throw a SyntaxError whose message is prefixed with the file path; the failed module is not cached.
const path = require('path');
for (const f of ['./trailing-comma.json', './empty.json', './unterminated.json']) {
  try {
    require(f);
  } catch (e) {
    console.log(f, '->', e.name, e instanceof SyntaxError, '|', e.message.split(__dirname).join('<dir>'));
    console.log('  cached?', require.resolve(f) in require.cache);
  }
}
