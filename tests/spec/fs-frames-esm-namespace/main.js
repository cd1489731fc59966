// Through an ES module namespace V8 names an fs function's frame `Module.readdirSync`; a named import is bare.
import * as fs from 'fs';
import { readdirSync } from 'node:fs';
import * as fsp from 'fs/promises';
import { fileURLToPath } from 'url';
const dir = fileURLToPath(new URL('.', import.meta.url));
const show = (e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').split(dir).join('./'));
try { fs.readdirSync('missing'); } catch (e) { show(e); }
try { readdirSync('missing'); } catch (e) { show(e); }
try { fs.default.readdirSync('missing'); } catch (e) { show(e); }
try { await fsp.stat('missing'); } catch (e) { show(e); }
await fsp.readFile('missing');
