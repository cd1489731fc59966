// Directories as modules: index.js, package.json "main" (with/without extension, pointing to a dir), and the DEP0128 fallback to index.js.
const path = require('path');
for (const spec of ['./plain', './withmain', './mainnoext', './maindir', './badmain']) {
  console.log(spec, '->', require(spec), '@', path.relative(__dirname, require.resolve(spec)));
}
