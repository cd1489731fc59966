// Blob: size/type, text(), arrayBuffer(), slice() with negative indexes, stream() chunks, mixed parts.
const { Blob: BufferBlob } = require('buffer');
(async () => {
  const b = new Blob(['a', 'b']);
  console.log('size', b.size, 'type', JSON.stringify(b.type), 'same as buffer.Blob', Blob === BufferBlob);
  console.log('text', await b.text());
  const typed = new Blob(['héllo', new Uint8Array([33, 33]), new Blob(['?'])], { type: 'Text/Plain' });
  console.log('typed size', typed.size, 'type', typed.type);
  console.log('typed text', await typed.text());
  const ab = await typed.arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString('hex'));
  const s1 = typed.slice(1, 3);
  console.log('slice(1,3) size', s1.size, 'type', JSON.stringify(s1.type), 'hex', Buffer.from(await s1.arrayBuffer()).toString('hex'));
  const s2 = typed.slice(-3, undefined, 'application/x-demo');
  console.log('slice(-3) text', JSON.stringify(await s2.text()), 'type', s2.type);
  const big = new Blob([Buffer.alloc(200000, 'z')]);
  const reader = big.stream().getReader();
  let chunks = 0;
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks++;
    total += value.byteLength;
    if (chunks === 1) console.log('stream chunk type', value.constructor.name);
  }
  console.log('stream total', total, 'chunks > 0', chunks > 0);
  console.log('String(blob)', String(b), Object.prototype.toString.call(b));
  console.log('empty blob size', new Blob().size, JSON.stringify(await new Blob([]).text()));
  console.log('non-string parts are stringified:', JSON.stringify(await new Blob([42, { a: 1 }]).text()));
})();
