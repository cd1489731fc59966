globalThis.__attempts = (globalThis.__attempts || 0) + 1;
console.log('flaky.js executing, attempt', globalThis.__attempts);
exports.partial = 'set before the throw';
if (globalThis.__attempts < 3) {
  throw new Error('load failed on attempt ' + globalThis.__attempts);
}
exports.done = true;
