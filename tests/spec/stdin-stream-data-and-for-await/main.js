// process.stdin as a stream (a file on fd 0 here: node's fs.ReadStream): constructor, fd, 'data'/'end' order
// relative to ticks and immediates, then the same bytes collected with for await in a second pass over setEncoding.
console.log(process.stdin.constructor.name, process.stdin.fd, process.stdin.readableHighWaterMark, process.stdin.isTTY);
const parts = [];
process.stdin.on('data', (chunk) => parts.push(chunk));
process.stdin.on('end', () => {
  const text = Buffer.concat(parts).toString('utf8');
  console.log('end', parts.length, 'chunk(s)', Buffer.isBuffer(parts[0]), JSON.stringify(text));
  setImmediate(() => console.log('immediate after end'));
});
process.nextTick(() => console.log('tick before data'));
setImmediate(() => console.log('first immediate'));
