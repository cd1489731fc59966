// ES module resolution errors with node's frames: a directory import (with node's hint when CommonJS would
// load a file there), a package subpath its "exports" hides, an unknown node: built-in. The last one is a
// static import, uncaught.
const show = (e) => console.log(e.stack.split(import.meta.dirname).join('.'));
await import('./lib').catch(show);
await import('pkg/hidden.js').catch(show);
await import('node:nope').catch(show);
await import('./static.js');
