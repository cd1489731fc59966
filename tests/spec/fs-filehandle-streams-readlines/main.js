// FileHandle: an EventEmitter by mixin that emits 'close'; readLines(), createReadStream() and
// createWriteStream() over the handle (closing it when the stream ends).
const fsp = require('fs/promises');
(async () => {
  await fsp.writeFile('./lines.txt', 'alpha\nbeta\r\ngamma');
  const fh = await fsp.open('./lines.txt');
  console.log(Object.keys(fh), fh instanceof require('events'), typeof fh.on);
  fh.on('close', () => console.log('handle close event'));
  for await (const line of fh.readLines()) console.log('line', JSON.stringify(line));
  console.log('after lines, fd', fh.fd);
  const out = await fsp.open('./out.txt', 'w');
  const ws = out.createWriteStream();
  ws.write('one ');
  ws.end('two\n');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('write stream closed, fd', out.fd);
  const back = await fsp.open('./out.txt');
  const chunks = [];
  for await (const c of back.createReadStream({ encoding: 'utf8' })) chunks.push(c);
  console.log(chunks, back.fd);
})();
