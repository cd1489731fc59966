// TextEncoderStream / TextDecoderStream: multi-byte characters split across chunks decode correctly through pipeThrough.
(async () => {
  const bytes = new TextEncoder().encode('naïve café ☕ 😀');
  console.log('byte length', bytes.length);
  const src = new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 2) c.enqueue(bytes.slice(i, i + 2));
      c.close();
    },
  });
  const parts = [];
  for await (const s of src.pipeThrough(new TextDecoderStream())) parts.push(s);
  console.log('decoded parts', parts.length, JSON.stringify(parts));
  console.log('joined', parts.join(''));
  const enc = new ReadableStream({ start(c) { c.enqueue('é'); c.enqueue('€'); c.close(); } }).pipeThrough(new TextEncoderStream());
  for await (const u8 of enc) console.log('encoded chunk', u8.constructor.name, Array.from(u8).join(','));
  const dec = new TextDecoderStream('utf-8', { fatal: false });
  console.log('decoder stream encoding', dec.encoding, 'fatal', dec.fatal, 'ignoreBOM', dec.ignoreBOM);
  console.log('encoder stream encoding', new TextEncoderStream().encoding);
})();
