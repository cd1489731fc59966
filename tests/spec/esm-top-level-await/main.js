// Top-level await in the entry module: the loop keeps running while the module waits; imports of a module with TLA wait for it.
import { value } from './slow.js';
console.log('imported value', value);
const t = await new Promise((resolve) => setTimeout(() => resolve('timer resolved'), 10));
console.log(t);
setImmediate(() => console.log('immediate after await'));
await null;
console.log('end of module');
