// b.mjs depends on a.mjs, so a.mjs is evaluated before this body runs.
import { greeting } from './a.mjs';
console.log(`b.mjs: evaluating, a is ready: "${greeting}"`);
// Top-level await: b.mjs pauses here, and so does every module that imports it (main.mjs).
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('b.mjs: resumed after top-level await (5 ms timer)');
export const answer = 42;
