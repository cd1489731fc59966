// stream.finished(stream, 'not a function') throws from node's validators (hideStackFrames): uncaught, the
// header is node:internal/errors's rethrow and the message names the "callback" argument.
const { finished, PassThrough } = require('stream');
const p = new PassThrough();
setTimeout(() => {
  console.log('in timer');
  finished(p, 'not a function');
}, 1);
