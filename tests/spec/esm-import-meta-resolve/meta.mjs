// import.meta: node's keys in order (dirname, filename, resolve, url); resolve() gives URLs, relative ones
// need not exist, bare ones are resolved (and fail as imports do).
const dir = import.meta.dirname;
const clean = (s) => String(s).split(dir).join('<dir>');
console.log(Object.keys(import.meta), import.meta.resolve.name, import.meta.resolve.length);
console.log(clean(import.meta.resolve('./not-there.mjs')));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('path'), clean(import.meta.resolve('tiny')));
console.log(clean(import.meta.resolve('./with space.mjs')));
try { import.meta.resolve('missing-pkg'); } catch (e) { console.log(e.code, clean(e.message)); }
console.log(clean(import.meta.url), clean(import.meta.filename));
