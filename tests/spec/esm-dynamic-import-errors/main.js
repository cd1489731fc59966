// Dynamic import() failures: missing file, missing package, directory import, unknown built-in; error codes as node reports them.
const tries = ['./missing.js', 'no-such-package', './sub', 'node:nope', './sub/index.js'];
for (const spec of tries) {
  try {
    const m = await import(spec);
    console.log(spec, 'ok', Object.keys(m));
  } catch (e) {
    console.log(spec, e.name, e.code);
  }
}
