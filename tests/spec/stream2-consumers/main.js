// stream/consumers: text/json/buffer/arrayBuffer/blob over Readables, async generators and web streams,
// multi-byte characters split across chunks, and what happens with non-byte chunks.
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
(async () => {
  console.log(Object.keys(consumers).join(','), Object.keys(require('stream').promises));
  console.log(await consumers.text(Readable.from(['a', Buffer.from('é'), 'c'])));
  console.log(await consumers.text(Readable.from([Buffer.from([0xe2]), Buffer.from([0x82, 0xac])])));
  console.log(await consumers.json(Readable.from(['{"a":', '1}'])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await consumers.buffer(Readable.from(['s', Buffer.from('t'), new Uint8Array([117])]));
  console.log(b);
  const blob = await consumers.blob(Readable.from(['blob!']));
  console.log(blob.size, blob.type, await blob.text());
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name, e.message); }
  try { await consumers.text(Readable.from([1, 2])); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await consumers.buffer(Readable.from([{}])); } catch (e) { console.log(e.name, e.code, e.message); }
  const p = new PassThrough();
  setImmediate(() => { p.write('late '); p.end('data'); });
  console.log(await consumers.text(p));
  console.log(await consumers.text((async function* () { yield 'gen'; yield 'erator'; })()));
  console.log(typeof consumers.text, consumers.text.name, consumers.text.length);
  const ws = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('web')); c.close(); } });
  console.log(await consumers.text(ws));
})();
