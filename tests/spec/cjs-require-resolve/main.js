// require.resolve: relative files, extension resolution (.js before .json), directory index, builtins, options.paths and failures.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./lib/x')));
console.log(rel(require.resolve('./lib/x.js')));
console.log(rel(require.resolve('./lib/dir')));
console.log(rel(require.resolve('./lib/dir/')));
console.log(rel(require.resolve('./lib/withjson/thing')), require('./lib/withjson/thing'));
console.log(rel(require.resolve('./lib/withjson/data')), require('./lib/withjson/data'));
console.log(rel(require.resolve('./lib/mod.cjs')), require('./lib/mod.cjs'));
console.log(rel(require.resolve(path.join(__dirname, 'lib', 'x'))));
console.log(rel(require.resolve('./x', { paths: [path.join(__dirname, 'lib')] })));
console.log('builtin', require.resolve('fs'), require.resolve('node:fs'), require.resolve('path'));
console.log('paths for builtin', require.resolve.paths('fs'));
console.log('first lookup path for bare names', rel(require.resolve.paths('some-pkg')[0]));
console.log('paths for relative', require.resolve.paths('./x').map(rel));
for (const spec of ['./lib/missing', 'no-such-package', './lib/mod']) {
  try {
    require.resolve(spec);
  } catch (e) {
    console.log(spec, '->', e.code, '|', e.message.split('\n')[0].split(__dirname).join('<dir>'));
  }
}
