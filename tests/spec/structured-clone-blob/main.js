// structuredClone and postMessage copy a Blob (a File arrives as a Blob).
(async () => {
  const c = structuredClone(new Blob(['xy'], { type: 'text/plain' }));
  console.log(c, c.size, c instanceof Blob, await c.text());
  const f = structuredClone(new File(['ab'], 'n.txt', { type: 'a/b' }));
  console.log(f, f.constructor.name);
  const o = structuredClone({ b: new Blob(['q']), list: [new Blob(['1', '2'])] });
  console.log(await o.b.text(), await o.list[0].text());
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = async (e) => { console.log('received', e.data, await e.data.text()); port2.close(); };
  port1.postMessage(new Blob(['posted']));
})();
