// An invalid highWaterMark throws ERR_INVALID_ARG_VALUE from the stream constructor; uncaught it crashes
// with node's header (lib/internal/streams/state.js) and "The property 'options.highWaterMark' is invalid".
const { Transform } = require('stream');
class Upper extends Transform {
  constructor() {
    super({ highWaterMark: -16 });
  }
  _transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  }
}
console.log('constructing');
new Upper();
