// Error stacks in ES modules: file: URLs, real line numbers, the ESM loader's frames under the top level,
// and V8's message for an engine error caught in a module.
import { readPort } from './dep.js';

const here = new URL('.', import.meta.url).href;
const rel = (s) => s.replaceAll(here, './');
try {
  readPort({});
} catch (e) {
  console.log(rel(e.stack));
}
const made = new Error('made at the top level');
console.log(rel(made.stack));
function fail() {
  throw new RangeError('uncaught in a module');
}
fail();
