// module.createRequire: a require function anchored at another file resolves relative to that file and shares the cache.
const { createRequire } = require('module');
const path = require('path');
const vendorRequire = createRequire(path.join(__dirname, 'vendor', 'anchor.js'));
console.log(vendorRequire('./lib'));
console.log(vendorRequire('./data.json'));
console.log('resolve', path.relative(__dirname, vendorRequire.resolve('./lib')));
console.log('shared cache', vendorRequire('./lib') === require('./vendor/lib'), vendorRequire.cache === require.cache);
const urlRequire = createRequire(require('url').pathToFileURL(__filename));
console.log('from file URL', urlRequire('./vendor/lib.js') === require('./vendor/lib'));
console.log('builtins', vendorRequire('path') === path);
try {
  createRequire('relative/path.js');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
