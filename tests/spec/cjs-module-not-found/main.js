// MODULE_NOT_FOUND: code, first message line, the "Require stack" lines and requireStack for relative, bare and nested failures.
const path = require('path');
function show(spec, fn) {
  try {
    fn();
  } catch (e) {
    const lines = e.message.split(__dirname).join('<dir>').split('\n');
    console.log(spec, '->', e.name, e.code);
    console.log('  first line:', lines[0]);
    console.log('  lines:', JSON.stringify(lines.slice(1)));
    console.log('  requireStack:', e.requireStack && e.requireStack.map((p) => path.relative(__dirname, p)));
  }
}
show('./missing', () => require('./missing'));
show('./missing.json', () => require('./missing.json'));
show('not-a-package', () => require('not-a-package'));
show('not-a-package/sub', () => require('not-a-package/sub'));
show('./lib/needs-missing', () => require('./lib/needs-missing'));
show('absolute', () => require(path.join(__dirname, 'nope.js')));
show('resolve', () => require.resolve('./lib/absent'));
console.log('failed module not cached', Object.keys(require.cache).map((k) => path.relative(__dirname, k)).sort());
