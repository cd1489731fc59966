// Importing CommonJS from ESM: default is module.exports, named exports are what cjs-module-lexer detects (incl. re-exports); missing names are a SyntaxError at link time.
import cjs, { a, b, fromOther } from './lib.cjs';
import * as ns from './lib.cjs';
console.log('default', cjs);
console.log('named', a, b, fromOther);
console.log('namespace keys', Object.keys(ns).sort());
const dyn = await import('./computed.cjs');
console.log('computed export only on default', Object.keys(dyn).sort(), dyn.default.computed);
