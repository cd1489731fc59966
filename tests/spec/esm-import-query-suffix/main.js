// A `?query` or `#fragment` on an import specifier (cache busting) loads a separate instance of the same file;
// import.meta.url keeps the suffix, import.meta.filename does not; a CommonJS file runs once.
const a = await import('./counter.mjs');
const b = await import('./counter.mjs?v=2');
const b2 = await import('./counter.mjs?v=2');
const c = await import('./counter.mjs#x');
console.log(a.n, b.n, c.n, a === b, b === b2);
const d = await import('./legacy.cjs?z=1');
const e = await import('./legacy.cjs');
console.log(d.default === e.default, d === e);
await import('./missing.mjs?v=1').catch((err) => console.log(err.code, err.message.replaceAll(import.meta.dirname, '<dir>')));
