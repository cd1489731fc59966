// A Response whose body is a ReadableStream reads the stream's bytes when consumed.
const enc = new TextEncoder();
new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('hi')); c.enqueue(enc.encode(' there')); c.close(); } }))
  .text().then((t) => console.log(JSON.stringify(t)));
new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('{"a":1}')); c.close(); } }))
  .json().then((j) => console.log(j));
const r = new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('x')); c.close(); } }));
console.log(r.bodyUsed, r.headers.get('content-type'));
r.arrayBuffer().then((b) => { console.log(b.byteLength, r.bodyUsed); return r.text(); }).catch((e) => console.log(e.name, e.message));
