// process.stderr is a Writable too; console.error writes through it; writes to stderr and stdout are separate streams.
const { Writable } = require('stream');
console.log('stderr instanceof Writable', process.stderr instanceof Writable, 'fd', process.stderr.fd);
console.log('stdout !== stderr', process.stdout !== process.stderr);
console.log('stderr hwm', process.stderr.writableHighWaterMark);
const ret = process.stderr.write('to stderr via write\n');
console.log('stderr.write returned', ret);
console.error('console.error line', 42);
process.stderr.write('stderr with callback\n', () => console.log('stderr write callback ran'));
const { Readable } = require('stream');
Readable.from(['piped ', 'into ', 'stderr\n']).pipe(process.stderr).on('unpipe', () => console.log('unpiped from stderr'));
