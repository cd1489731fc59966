// Watch the console: imports are evaluated depth-first, dependencies before the importer (post-order),
// each module only once. main.mjs imports b before a, yet a.mjs runs first because b.mjs needs it;
// b.mjs's top-level await pauses b (and main), while c.mjs, which does not need b, goes ahead.
import { answer } from './b.mjs';
import { greeting } from './a.mjs'; // already evaluated as b's dependency: not run again
import './c.mjs';

console.log(`main.mjs: evaluating last, sees answer=${answer} and "${greeting}"`);
