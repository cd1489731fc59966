// Early errors of ES modules in V8's words: a name declared twice at the top level, `await` in a plain
// function, a strict-mode octal.
import { readdirSync } from 'fs';
import { fileURLToPath } from 'url';
const dir = fileURLToPath(new URL('.', import.meta.url));
for (const f of readdirSync(new URL('./bad', import.meta.url)).sort()) {
  try {
    await import(`./bad/${f}`);
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 5).join('\n').replaceAll(dir, '<dir>/'));
  }
}
await import('./bad/m4.js');
