// __filename/__dirname, module.id ('.' for main), module.filename, require.main === module, module.parent/children/loaded.
const path = require('path');
console.log('basename', path.basename(__filename), 'dirname is absolute', path.isAbsolute(__dirname));
console.log('dirname of filename', path.dirname(__filename) === __dirname);
console.log('module.id', JSON.stringify(module.id));
console.log('module.filename === __filename', module.filename === __filename);
console.log('require.main === module', require.main === module);
console.log('module.parent', module.parent, 'module.loaded', module.loaded);
console.log('module.paths[0]', path.relative(__dirname, module.paths[0]));
console.log('module.exports === exports', module.exports === exports);
const child = require('./sub/child');
console.log(child);
console.log('children', module.children.map((m) => path.relative(__dirname, m.filename)));
console.log('child module loaded now', module.children[0].loaded);
console.log('process.argv[1] is this file', process.argv[1] === __filename);
setImmediate(() => console.log('main loaded after the main script finished', module.loaded));
