// An ES module's failed dynamic imports: node's resolver errors (a missing file, a missing package) and
// syntax errors in the imported module or in one it imports, with node's wording and loader frames.
const dir = new URL('.', import.meta.url).pathname;
const show = (e) => console.log(String(e.stack).replaceAll(dir, '<dir>/'), e.code === undefined ? '' : e.code);
for (const spec of ['./mods/missing.js', 'no-such-package', './mods/bad-token.js', './mods/bad-eof.js',
  './mods/redeclared.js', './mods/imports-bad.js', './mods/ok.js']) {
  try {
    const m = await import(spec);
    console.log(spec, 'loaded', Object.keys(m));
  } catch (e) {
    show(e);
  }
}
