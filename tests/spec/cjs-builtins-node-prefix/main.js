// Builtin modules: 'node:' prefixes give the same objects, node:-only modules, module.isBuiltin and builtinModules checks.
const Module = require('module');
console.log('node:fs === fs', require('node:fs') === require('fs'));
console.log('node:path === path', require('node:path') === require('path'));
console.log('node:events === events', require('node:events') === require('events'));
console.log('module === Module', require('node:module') === Module, typeof Module);
console.log('path/posix', require('path/posix') === require('path').posix);
console.log('util/types', require('util/types') === require('util').types);
for (const name of ['fs', 'node:fs', 'fs/promises', 'test', 'node:test', 'node:nope', 'lodash', 'path', 'node:path/posix', 'wasi', '']) {
  console.log(`isBuiltin(${JSON.stringify(name)})`, Module.isBuiltin(name));
}
const list = Module.builtinModules;
console.log('builtinModules is array', Array.isArray(list));
for (const name of ['fs', 'path', 'events', 'buffer', 'util', 'fs/promises', 'node:test', 'test', 'timers/promises', 'zlib', 'crypto']) {
  console.log(`builtinModules includes ${name}`, list.includes(name));
}
console.log('no node: entries', list.filter((n) => n.startsWith('node:')).length);
console.log('sorted?', JSON.stringify(list) === JSON.stringify([...list].sort()));
try {
  require('test');
} catch (e) {
  console.log("require('test'):", e.code, e.message.split('\n')[0]);
}
console.log("typeof require('node:test')", typeof require('node:test'));
try {
  require('node:nope');
} catch (e) {
  console.log("require('node:nope'):", e.name, e.code, e.message);
}
