// What Looplab's stream support takes from npm, bundled at build time by js-vendor/build.mjs into
// $OUT_DIR/streams-vendor.js, parsed on first use of a stream (crates/runtime/src/js/stream.js reads these
// exports as `internal.streamVendor`).
//
// `readable-stream` is Node's own lib/stream.js and lib/internal/streams published for userland; its
// `require('buffer' | 'events' | 'process/' | 'string_decoder/' | 'abort-controller')` are left external and
// answered by Looplab's own modules (`internal.vendorRequire`). `web-streams-polyfill` is the WHATWG reference
// implementation of ReadableStream / WritableStream / TransformStream and the queuing strategies.
module.exports = {
  Stream: require('readable-stream/lib/stream.js'),
  promises: require('readable-stream/lib/stream/promises.js'),
  utils: require('readable-stream/lib/internal/streams/utils.js'),
  web: require('web-streams-polyfill'),
};
