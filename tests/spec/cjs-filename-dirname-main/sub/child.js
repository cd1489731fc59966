const path = require('path');
const root = path.join(__dirname, '..');
module.exports = {
  filename: path.relative(root, __filename),
  dirname: path.relative(root, __dirname),
  id: path.relative(root, module.id),
  idEqualsFilename: module.id === module.filename,
  isMain: require.main === module,
  mainIsParent: require.main === module.parent,
  parentFile: path.relative(root, module.parent.filename),
  loadedDuringLoad: module.loaded,
  pathsFirst: path.relative(root, module.paths[0]),
  requireMainFile: path.relative(root, require.main.filename),
};
