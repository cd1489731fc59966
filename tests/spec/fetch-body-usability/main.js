// Response/Request bodies: a stream body is the stream itself, a locked or read body is unusable, null-body
// statuses, an unparsable URL, a stream body without `duplex`.
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  const r1 = new Response(rs);
  console.log(r1.body === rs, r1.bodyUsed);
  console.log(await r1.text(), r1.bodyUsed);
  const r2 = new Response('x');
  r2.body.getReader();
  await r2.text().then((v) => console.log('ok', v), (e) => console.log('rejected', e.name, e.message));
  const r3 = new Response('abc');
  const reader = r3.body.getReader();
  console.log((await reader.read()).done, r3.bodyUsed);
  await r3.text().catch((e) => console.log('rejected', e.message));
  for (const status of [204, 205, 304]) {
    try { new Response('body', { status }); } catch (e) { console.log(e.name, e.message); }
  }
  console.log(new Response(null, { status: 204 }).status);
  try { new Response('x', { status: 99 }); } catch (e) { console.log(e.name, e.message); }
  try { new Request('not a url'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
  try {
    new Request('http://example.com/', { method: 'POST', body: new ReadableStream() });
  } catch (e) { console.log(e.name, e.message); }
  const req = new Request('http://example.com/', { method: 'POST', body: new ReadableStream(), duplex: 'half' });
  console.log(req.method, req.bodyUsed);
})();
