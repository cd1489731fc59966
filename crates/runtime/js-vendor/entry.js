// What Looplab's bootstrap takes from npm, bundled at build time by crates/runtime/build.rs (esbuild; versions
// pinned in the repo-root package.json / package-lock.json) into $OUT_DIR/vendor.js, a lazily parsed bootstrap
// module: crates/runtime/src/js/buffer.js loads it on first use of Buffer and reads these exports as
// `internal.vendor`.
//
// `buffer` (npm, Feross Aboukhadijeh's port of Node's lib/buffer.js; pulls in base64-js and ieee754) exports
// Buffer, SlowBuffer, kMaxLength and INSPECT_MAX_BYTES (no `constants`: buffer.js has Node's); node-buffer.js is
// Looplab's Node 20 layer over it, bundled here so it is parsed lazily too.
//
// CommonJS keeps the bundle free of ESM interop helpers. esbuild renames any bundled `function Buffer` (to
// `Buffer2`), so build.rs passes --keep-names to keep `Buffer.name` / `buf.constructor.name` === 'Buffer'.
const buffer = require('buffer');

module.exports = {
  Buffer: buffer.Buffer,
  SlowBuffer: buffer.SlowBuffer,
  kMaxLength: buffer.kMaxLength,
  INSPECT_MAX_BYTES: buffer.INSPECT_MAX_BYTES,
  patchBuffer: require('./node-buffer.js'),
  // cjs-module-lexer (the pure-JS build of the lexer node uses) finds a CommonJS module's named exports for
  // `import { x } from './file.cjs'` (modules.js cjsNames).
  cjsLexer: require('cjs-module-lexer'),
  // punycode (npm, Mathias Bynens's punycode.js, which node 20 ships as lib/punycode.js) for `require('punycode')`.
  punycode: require('punycode/punycode.js'),
};
