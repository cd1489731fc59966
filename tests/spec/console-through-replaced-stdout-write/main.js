// Capturing console output by replacing process.stdout.write / process.stderr.write: console goes through the
// replacement (as node's console calls stream.write), and straight to the stream again once it is removed.
const orig = process.stdout.write.bind(process.stdout);
let captured = '';
process.stdout.write = (chunk, ...rest) => { captured += chunk; return true; };
console.log('hidden', 1);
console.error('to stderr');
process.stdout.write = orig;
console.log('captured:', JSON.stringify(captured));
const { Writable } = require('stream');
const lines = [];
process.stderr.write = function (c) { lines.push(String(c)); return true; };
console.warn('warned');
delete process.stderr.write;
console.log(lines);
