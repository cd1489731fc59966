// Third-party JS that Looplab's bootstrap uses, bundled at build time by crates/runtime/build.rs (esbuild,
// versions pinned in the repo-root package.json / package-lock.json) into $OUT_DIR/vendor.js, which the
// engine evaluates before buffer.js; what this module exports arrives there as `internal.vendor`.
//
// esbuild always renames a bundled `function Buffer` (to `Buffer2`), so build.rs passes --keep-names to keep
// `Buffer.name` / `buf.constructor.name` === 'Buffer'. CommonJS keeps the bundle free of ESM interop helpers.
//
// `buffer` (npm, Feross Aboukhadijeh's port of Node's lib/buffer.js; pulls in base64-js and ieee754) exports
// Buffer, SlowBuffer, kMaxLength and INSPECT_MAX_BYTES; it has no `constants`, `isUtf8`, `atob`/`btoa`:
// buffer.js adds those.
module.exports = require('buffer');

// `cjs-module-lexer` (the pure-JS build of the lexer node itself uses) finds the named exports of a CommonJS
// module statically, so `import { x } from './file.cjs'` sees exactly the names node sees.
module.exports.cjsLexer = require('cjs-module-lexer');
