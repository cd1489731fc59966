// Errors node's stream code makes (here ERR_INVALID_ARG_TYPE) name the user's methods as
// V8 does: Readable.read [as _read].
const { Readable } = require('stream');
new Readable({ read() { this.push(1); } })
  .on('error', e => console.log(e.stack.replaceAll(__dirname, '.').split('\n').slice(0, 4).join('\n'))).resume();
