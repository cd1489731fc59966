//! Web Streams (stream/web and the ReadableStream/WritableStream/TransformStream globals) over the npm
//! web-streams-polyfill bundled in streams-vendor.js, plus Blob/File and the Node <-> web stream adapters.
(function (internal) {
  'use strict';
  const web = internal.streamVendor.web;
  internal.webStreams = Object.assign({}, web);
  internal.modules['stream/web'] = internal.webStreams;
})
