// An import cycle: b.mjs reads a's binding in a declaration before a.mjs ran.
import './b.js';
export const a = 1;
console.log('a ran');
