import assert from 'assert';
import { fileURLToPath } from 'url';
import { dirname } from 'path';
const here = dirname(fileURLToPath(import.meta.url));
async function inner() { await assert.rejects(async () => 1); }
async function outer() { await inner(); }
try { await outer(); } catch (e) { console.log(e.stack.split(here).join('.')); }
await assert.doesNotReject(Promise.reject(new Error('late')));
