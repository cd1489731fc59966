// Node 20.20 quirk: when 'stream/promises' is required before 'stream', stream.promises stays the empty object
// lib/stream/promises.js exported while loading, and util.promisify(stream.pipeline) is a generic wrapper.
const sp = require('stream/promises');
const s = require('stream');
const util = require('util');
console.log(s.promises, s.promises === sp, util.promisify(s.pipeline) === sp.pipeline, util.promisify(s.finished) === sp.finished);
console.log(typeof util.promisify(s.pipeline), util.promisify(s.pipeline).name);
