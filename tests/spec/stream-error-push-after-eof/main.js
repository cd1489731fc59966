// push() after push(null): ERR_STREAM_PUSH_AFTER_EOF emitted as 'error'; push() returns false; data before EOF is delivered.
const { Readable } = require('stream');
const log = (m) => console.log(m);
const r = new Readable({ read() {} });
r.push('ok');
r.push(null);
const ret = r.push('after eof');
log('push after EOF returned ' + ret);
r.on('error', (err) => log('error: ' + err.code + ' | ' + err.message + ' | ' + err.name));
r.on('data', (c) => log('data ' + c));
r.on('end', () => log('end (unexpected)'));
r.on('close', () => log('close, errored code ' + (r.errored && r.errored.code)));
const u = new Readable({ read() {} });
u.push(null);
u.on('error', (err) => log('push(null) twice: ' + err.code));
u.on('end', () => log('u end'));
log('second push(null) returned ' + u.push(null));
u.resume();
