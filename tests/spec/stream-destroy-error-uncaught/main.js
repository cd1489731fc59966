// An unhandled 'error' from destroy(err): node's emitErrorNT/emitErrorCloseNT frames under "Emitted 'error' event".
const { Readable } = require('stream');
new Readable({ read() {} }).destroy(new Error('destroyed with an error'));
