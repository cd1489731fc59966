// Node 20.19+ runs a .js file whose package.json has no "type" as an ES module when it uses module syntax
// (import/export, top-level await), and says once per package.json that it reparsed it.
import { readFileSync } from 'node:fs';
import { double } from './lib.js';
console.log(double(21), typeof readFileSync, typeof require, typeof module);
console.log(import.meta.url.endsWith('/main.js'));
const value = await Promise.resolve('top-level await');
console.log(value);
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
