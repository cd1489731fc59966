// node 20.19+ require()s ES modules synchronously: the namespace (or node's facade with __esModule for a
// default export), the 'module.exports' export, type:module packages, typeless .js with ESM syntax, and
// ERR_REQUIRE_ASYNC_MODULE for a graph with top-level await (nothing of it runs).
const clean = (s) => String(s).split(__dirname).join('<dir>');
console.log('before require');
const named = require('./lib/named.mjs');
console.log('after require', named, named.count());
console.log(require('./lib/named.mjs') === named);
const withDefault = require('./lib/default.mjs');
console.log(withDefault, withDefault.default(2), Object.keys(withDefault));
console.log(require('./lib/own-flag.mjs'));
console.log(require('./lib/cjs-shape.mjs'));
console.log(require('./lib/pkg'));
console.log(require('./lib/detected.js'));
try {
  require('./lib/tla.mjs');
} catch (e) {
  console.log(e.name, e.code);
  console.log(clean(e.message));
}
try {
  require('./lib/throws.mjs');
} catch (e) {
  console.log(clean(e.stack));
}
Promise.resolve().then(() => console.log('microtask after the sync part'));
console.log('end of main');
