// The CommonJS wrapper: 5 arguments (exports, require, module, __filename, __dirname), top-level return, module scope vs globals.
const Module = require('module');
console.log('arguments.length', arguments.length);
console.log('arguments[0] === exports', arguments[0] === exports, 'arguments[1] === require', arguments[1] === require, 'arguments[2] === module', arguments[2] === module);
console.log('arguments[3] === __filename', arguments[3] === __filename, 'arguments[4] === __dirname', arguments[4] === __dirname);
console.log('Module.wrapper', JSON.stringify(Module.wrapper));
console.log('Module.wrap', JSON.stringify(Module.wrap('body();')));
console.log('early-return', require('./early-return'));
console.log('leak', require('./leak'), typeof notGlobal, globalThis.implicitGlobal);
console.log('typeof require', typeof require, 'require.main', typeof require.main, 'require.extensions keys', Object.keys(require.extensions));
console.log('module instanceof Module', module instanceof Module);
console.log('var in main is not global', (() => { var x = 1; return 'x' in globalThis; })());
