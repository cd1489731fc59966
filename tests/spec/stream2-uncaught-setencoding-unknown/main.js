// readable.setEncoding('klingon') throws ERR_UNKNOWN_ENCODING from node's string_decoder; uncaught inside an
// event handler, the crash report shows node:string_decoder's throw site.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b']);
r.once('data', (c) => {
  console.log('first chunk', c);
  r.setEncoding('klingon');
});
