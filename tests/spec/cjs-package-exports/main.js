// package.json "exports": conditions ("require"), subpaths, subpath patterns, and ERR_PACKAGE_PATH_NOT_EXPORTED for everything else.
const path = require('path');
console.log(require('expo'));
console.log(path.relative(__dirname, require.resolve('expo')));
console.log(require('expo/feature'));
console.log(require('expo/utils/math'));
console.log(require('expo/package.json').name);
for (const spec of ['expo/internal/secret.js', 'expo/dist/feature.js', 'expo/utils/missing']) {
  try {
    require(spec);
  } catch (e) {
    console.log(spec, '->', e.code, '|', e.message.split(__dirname).join('<dir>'));
  }
}
console.log('relative path still works', require('./node_modules/expo/internal/secret.js'));
