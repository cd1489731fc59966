// An ES module's top-level await is an async frame too: `at async file:///...` under the functions it awaits.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));
const show = (e) => console.log(e.stack.split(here).join('<dir>'));
async function load(name) { await null; throw new Error(`cannot load ${name}`); }
async function main() { await load('config'); }
try { await main(); } catch (e) { show(e); }
await Promise.all([load('a').catch(show), main().catch(show)]);
await main();
