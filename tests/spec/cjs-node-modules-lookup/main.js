// node_modules lookup: bare names, package "main", subpaths, scoped packages, nested node_modules shadowing, lookup from subdirs.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log('alpha', require('alpha'));
console.log('gamma (top level)', require('gamma').version);
console.log('beta', require('beta'), rel(require.resolve('beta')));
console.log('beta subpath', require('beta/lib/extra'));
console.log('beta package.json', require('beta/package.json').name);
console.log('scoped', require('@scope/pkg'), rel(require.resolve('@scope/pkg')));
console.log('from subdir', require('./src/deep/user'));
console.log('module.paths[0]', rel(module.paths[0]));
console.log('alpha cached once', require('alpha') === require(path.join(__dirname, 'node_modules', 'alpha')));
try {
  require('delta');
} catch (e) {
  console.log('missing package', e.code, e.message.split('\n')[0]);
}
