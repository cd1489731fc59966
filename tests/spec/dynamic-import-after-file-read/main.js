// import() of an ES module file reads the file asynchronously first (node's loader uses fs.promises.readFile),
// so it settles after this turn's timers and immediates; a CommonJS file, a built-in, a module already
// loaded and a missing file settle at once.
const order = [];
const say = (s) => { order.push(s); console.log(s); };
setTimeout(() => say('timeout 0'), 0);
setImmediate(() => say('immediate'));
process.nextTick(() => say('nextTick'));
Promise.resolve().then(() => say('microtask'));
import('./feature.mjs').then((m) => {
  say(`feature resolved: ${m.feature}`);
  return import('./feature.mjs');
}).then(() => say('feature again (cached)'));
import('./legacy.cjs').then((m) => say(`legacy resolved: ${m.default.legacy}`));
import('node:path').then((m) => say(`path resolved: ${typeof m.join}`));
import('./missing.mjs').catch((e) => say(`missing rejected: ${e.code}`));
say('sync end');
