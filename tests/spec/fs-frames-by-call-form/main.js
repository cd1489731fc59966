// V8 names an fs function's own frame after how it was called: `Object.statSync` on the module, a bare
// `statSync` when destructured (sync calls and fs.promises alike).
const fs = require('fs');
const { statSync, readFileSync, mkdirSync } = require('fs');
const { readFile, stat } = require('fs/promises');
const rel = (s) => String(s).split(__dirname).join('.');
const show = (e) => console.log(rel(e.stack.split('\n').slice(0, 4).join('\n')));
try { fs.statSync('missing'); } catch (e) { show(e); }
try { statSync('missing'); } catch (e) { show(e); }
try { readFileSync('missing'); } catch (e) { show(e); }
try { readFileSync('missing', 'utf8'); } catch (e) { show(e); }
try { mkdirSync('a/b/c'); } catch (e) { show(e); }
try { statSync.call(fs, 'missing'); } catch (e) { show(e); }
(async () => {
  try { await readFile('missing'); } catch (e) { show(e); }
  try { await fs.promises.readFile('missing'); } catch (e) { show(e); }
  try { await stat('missing'); } catch (e) { show(e); }
  readFileSync('missing.txt');
})();
