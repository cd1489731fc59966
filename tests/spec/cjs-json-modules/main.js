// JSON modules: require('./x.json') parses once and caches (mutations are shared), extensionless resolution, BOM, non-object JSON.
const config = require('./config.json');
console.log(config);
config.list.push(4);
console.log('cached and mutated', require('./config').list, require('./config') === config);
console.log('array', require('./empty-array.json'), 'string', require('./string.json'));
console.log('BOM stripped', require('./bom.json'));
const path = require('path');
const key = require.resolve('./config.json');
console.log('cache entry', path.relative(__dirname, require.cache[key].filename), require.cache[key].exports === config);
delete require.cache[key];
console.log('reloaded', require('./config.json').list);
