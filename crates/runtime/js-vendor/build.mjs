//! Looplab's JS vendor build, run by crates/runtime/build.rs as `node js-vendor/build.mjs OUT_DIR`: bundles
//! entry.js (npm buffer + cjs-module-lexer) into OUT_DIR/vendor.js and streams.js (npm readable-stream +
//! web-streams-polyfill) into OUT_DIR/streams-vendor.js with esbuild's JS API, each wrapped as a function
//! expression `(function (internal) {...})` that stores its exports in `internal.<slot>`.
//
// readable-stream's errors are made Node's shape by a plugin that appends a small patch to its
// lib/ours/errors.js at build time (own enumerable `code`, `Error [CODE]: message` stack header, as
// lib/internal/errors.js does), and its private inspect/format copy is replaced by Looplab's util.inspect, so
// messages print values exactly as node does. Nothing of the package's source is kept in this repository.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
const esbuild = require('esbuild');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node js-vendor/build.mjs OUT_DIR');
  process.exit(2);
}

const ERRORS_PATCH = `
// ---- appended by Looplab's js-vendor/build.mjs ----
;(function looplabNodeErrors() {
  const nodeShape = require('looplab:errors').withCode;
  // Node 20's wording where readable-stream's differs.
  const messages = {
    ERR_MISSING_ARGS: (...args) => {
      const wrap = (a) => '"' + a + '"';
      const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
      const len = names.length;
      let msg = 'The ';
      if (len === 1) msg += names[0] + ' argument';
      else if (len === 2) msg += names[0] + ' and ' + names[1] + ' arguments';
      else msg += names.slice(0, len - 1).join(', ') + ', and ' + names[len - 1] + ' arguments';
      return msg + ' must be specified';
    },
  };
  for (const key of Object.keys(codes)) {
    const Base = codes[key];
    const custom = messages[key];
    const NodeError = custom
      ? function (...args) {
        const e = new Base(...args.map(() => 'x'));
        e.message = custom(...args);
        return nodeShape(e, key);
      }
      : function (...args) { return nodeShape(new Base(...args), key); };
    NodeError.prototype = Base.prototype;
    Object.defineProperty(NodeError, 'name', { value: 'NodeError' });
    codes[key] = NodeError;
  }
})();
`;

// readable-stream 4.8 is generated from Node 18.19; these edits give it Node 20.20's behaviour where the two
// differ (found by the spec scenarios recorded from node 20). Each `from` must occur exactly once, or the build
// fails: a new readable-stream version must be re-checked.
const CHUNK_TYPES = "['string', 'Buffer', 'TypedArray', 'DataView']";
const SOURCE_PATCHES = [
  {
    file: /readable-stream[\\/]lib[\\/]internal[\\/]streams[\\/]writable\.js$/,
    edits: [
      // write() reports the length after a synchronous _write() has completed; an empty buffer is never full.
      ['  // stream._write resets state.length\n  const ret = state.length < state.highWaterMark\n' +
        '  // We must ensure that previous needDrain will not be reset to false.\n  if (!ret) state.needDrain = true\n', ''],
      ['    state.sync = false\n  }\n\n  // Return false if errored or destroyed',
        '    state.sync = false\n  }\n  const ret = state.length < state.highWaterMark || state.length === 0\n  if (!ret) state.needDrain = true\n\n' +
        '  // Return false if errored or destroyed'],
      // write callbacks get `null` on success.
      ['    state.pendingcb--\n    cb()\n', '    state.pendingcb--\n    cb(null)\n'],
      ["new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)", `new ERR_INVALID_ARG_TYPE('chunk', ${CHUNK_TYPES}, chunk)`],
    ],
  },
  {
    file: /readable-stream[\\/]lib[\\/]internal[\\/]streams[\\/]readable\.js$/,
    edits: [
      ["new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)", `new ERR_INVALID_ARG_TYPE('chunk', ${CHUNK_TYPES}, chunk)`],
      // push() of an invalid chunk returns false.
      ['  if (err) {\n    errorOrDestroy(stream, err)\n  } else if (chunk === null) {',
        '  if (err) {\n    errorOrDestroy(stream, err)\n    return false\n  } else if (chunk === null) {'],
    ],
  },
];
function applyEdits(path, text, edits) {
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at === -1 || text.indexOf(from, at + 1) !== -1) {
      throw new Error(`js-vendor/build.mjs: patch target not found exactly once in ${path}:\n${from}`);
    }
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

const looplabPatches = {
  name: 'looplab-patches',
  setup(build) {
    for (const p of SOURCE_PATCHES) {
      build.onLoad({ filter: p.file }, (args) => ({
        contents: applyEdits(args.path, readFileSync(args.path, 'utf8'), p.edits),
        loader: 'js',
      }));
    }
    build.onLoad({ filter: /readable-stream[\\/]lib[\\/]ours[\\/]errors\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8') + ERRORS_PATCH,
      loader: 'js',
    }));
    build.onLoad({ filter: /readable-stream[\\/]lib[\\/]ours[\\/]util[\\/]inspect\.js$/ }, () => ({
      contents: "module.exports = require('looplab:util');",
      loader: 'js',
    }));
  },
};

const bundles = [
  { entry: 'entry.js', global: '__looplabVendor', slot: 'vendor', out: 'vendor.js', prelude: '', external: [] },
  {
    entry: 'streams.js',
    global: '__looplabStreams',
    slot: 'streamVendor',
    out: 'streams-vendor.js',
    // readable-stream asks for these by name: the wrapper's `require` hands it Looplab's own modules.
    prelude: 'var require = internal.vendorRequire;',
    external: ['buffer', 'events', 'process/', 'string_decoder/', 'abort-controller', 'looplab:errors', 'looplab:util'],
  },
];

for (const b of bundles) {
  const result = await esbuild.build({
    entryPoints: [join(here, b.entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: b.global,
    target: 'es2020',
    legalComments: 'none',
    // esbuild renames the package's `function Buffer` to `Buffer2`; keep `Buffer.name === 'Buffer'`.
    keepNames: true,
    // Boa's parser is most of the cost of loading a bundle: minified, it loads ~11% faster (callgrind: 149M
    // instead of 167M instructions on first use of Buffer).
    minify: true,
    logLevel: 'warning',
    external: b.external,
    plugins: [looplabPatches],
    absWorkingDir: root,
  });
  const code = result.outputFiles[0].text.trimEnd();
  const js = `// Generated by crates/runtime/js-vendor/build.mjs from js-vendor/${b.entry}; do not edit.\n` +
    `(function (internal) {\n${b.prelude}\n${code}\ninternal.${b.slot} = ${b.global};\n})\n`;
  writeFileSync(join(outDir, b.out), js);
}
