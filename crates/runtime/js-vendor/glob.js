// What path.matchesGlob takes from npm, bundled at build time by crates/runtime/build.rs (esbuild; version pinned
// in the repo-root package.json) into $OUT_DIR/glob-vendor.js, parsed only on the first path.matchesGlob call
// (src/js/path.js): minimatch, the matcher node 20 bundles as deps/minimatch for it.
module.exports = { minimatch: require('minimatch').minimatch };
