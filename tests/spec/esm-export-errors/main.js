// An ES module's export list checked as V8 checks it: an exported name with no binding, a name exported twice,
// two default exports, and a name two `export *` provide.
import fs from 'node:fs';
for (const f of fs.readdirSync(new URL('./bad', import.meta.url)).filter((f) => f.endsWith('.js')).sort()) {
  try {
    await import(`./bad/${f}`);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(f, e.name, e.message);
  }
}
