// A module that throws while loading is removed from require.cache, so the next require executes it again.
const path = require('path');
const key = path.join(__dirname, 'flaky.js');
try {
  require('./flaky');
} catch (e) {
  console.log('first require threw:', e.message, '| cached:', key in require.cache);
}
console.log('holder.js saw:', require('./holder'), '| cached:', key in require.cache);
const ok = require('./flaky');
console.log('third require succeeded:', ok, '| cached:', key in require.cache);
console.log('fourth require is cached:', require('./flaky') === ok, 'attempts', globalThis.__attempts);
