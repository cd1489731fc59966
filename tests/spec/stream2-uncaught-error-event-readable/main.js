// An 'error' event with no listener on a stream crashes the process: node prints the error, the
// "Emitted 'error' event on Readable instance at:" line and exits with code 1; 'close' never runs.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('close', () => console.log('close (not reached)'));
process.on('exit', (code) => console.log('exit code', code));
console.log('destroying');
r.destroy(new Error('source exploded'));
