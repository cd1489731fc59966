// An error while an `import()`'s module graph evaluates: node's frames end with the async function awaiting
// the call (or the module's top-level await), not with the entry point's runner.
const show = (e) => console.log(e.stack.split('\n').slice(1).map((l) => l.trim().replaceAll(import.meta.dirname, '<dir>')).join('\n  '));
async function loadPlugin() {
  await import('./broken.mjs');
}
try {
  await loadPlugin();
} catch (e) {
  show(e);
}
await import('./crashes.cjs').catch(show);
await import('./broken-too.mjs');
