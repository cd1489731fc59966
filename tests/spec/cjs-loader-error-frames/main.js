// Errors raised inside the CommonJS loader carry node's loader frames above the caller, whichever way the
// load was reached; Module._resolveFilename can be patched (aliases) and Module._load uses the patch.
const Module = require('module');
const show = (label, fn) => {
  try { fn(); } catch (e) { console.log(`-- ${label}: ${e.code}\n${e.stack.split(__dirname).join('<dir>')}`); }
};
show('require', () => require('./missing'));
show('nested', () => require('./lib/needs-missing'));
show('require.resolve', () => require.resolve('not-installed'));
show('module.require', () => module.require('./missing'));
show('Module._load', () => Module._load('./missing', module));
show('unknown builtin', () => require('node:nothing-here'));
show('exports', () => require('locked/secret.js'));
show('json', () => require('./lib/bad.json'));
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return original.call(this, request === 'alias-of-path' ? 'path' : request, ...rest);
};
console.log(typeof require('alias-of-path').join);
Module._resolveFilename = original;
require('./lib/needs-missing');
