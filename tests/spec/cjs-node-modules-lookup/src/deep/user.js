// Looked up from src/deep/: walks up src/deep/node_modules, src/node_modules, then ../../node_modules.
const path = require('path');
module.exports = {
  gamma: require('gamma').version,
  resolved: path.relative(path.join(__dirname, '..', '..'), require.resolve('gamma')),
  firstPaths: module.paths.slice(0, 3).map((p) => path.relative(path.join(__dirname, '..', '..'), p)),
};
