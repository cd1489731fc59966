// The CommonJS lesson's `console.log(module)`: node prints modules without a class name, with the loader's
// symbols (main, cached by the ESM loader, executing); the loaders in require.extensions are anonymous.
// (Search paths are cut to the scenario's own folder: the rest depends on where the scenario sits.)
const util = require('util');
function show(m) {
  const all = [m, ...m.children];
  const saved = all.map((x) => x.paths);
  for (const x of all) x.paths = x.paths.filter((p) => p.startsWith(__dirname)).map((p) => p.replace(__dirname, '.'));
  try {
    return util.inspect(m, { depth: 3 }).replaceAll(__dirname, '.');
  } finally {
    all.forEach((x, i) => { x.paths = saved[i]; });
  }
}
console.log(show(module));
require('./child');
console.log(show(require.cache[require.resolve('./child')]));
require('./data.json');
console.log(show(require.cache[require.resolve('./data.json')]));
console.log(show(module));
console.log(require.extensions);
console.log(Object.getOwnPropertySymbols(module).map(String));
console.log(module.constructor === require('module'), module instanceof require('module'));
