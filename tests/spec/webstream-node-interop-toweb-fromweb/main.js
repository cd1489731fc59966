// Bridging: Readable.toWeb, Readable.fromWeb, Writable.toWeb, Writable.fromWeb, Duplex.from with web streams.
const { Readable, Writable } = require('stream');
(async () => {
  const nodeR = Readable.from(['a', 'b', 'c']);
  const web = Readable.toWeb(nodeR);
  log('toWeb is ReadableStream ' + (web instanceof ReadableStream));
  const parts = [];
  for await (const c of web) parts.push(c);
  log('toWeb chunks ' + JSON.stringify(parts));
  const bytesWeb = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('hello '));
      c.enqueue(new TextEncoder().encode('web'));
      c.close();
    },
  });
  const back = Readable.fromWeb(bytesWeb);
  log('fromWeb is Readable ' + (back instanceof Readable) + ' objectMode ' + back.readableObjectMode);
  const bufs = [];
  for await (const c of back) bufs.push(Buffer.from(c));
  log('fromWeb text ' + Buffer.concat(bufs).toString());
  const enc = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }), { encoding: 'utf8' });
  for await (const s of enc) log('fromWeb with encoding gives ' + typeof s + ' ' + JSON.stringify(s));
  const got = [];
  const nodeW = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  const webW = Writable.toWeb(nodeW);
  log('toWeb writable is WritableStream ' + (webW instanceof WritableStream));
  const writer = webW.getWriter();
  await writer.write(new TextEncoder().encode('x1'));
  await writer.write('x2');
  await writer.close();
  log('node writable got ' + JSON.stringify(got) + ' finished ' + nodeW.writableFinished);
  const webSinkGot = [];
  const fromWebW = Writable.fromWeb(new WritableStream({ write(chunk) { webSinkGot.push(chunk); } }), { objectMode: true });
  fromWebW.write({ n: 1 });
  fromWebW.end({ n: 2 });
  fromWebW.on('finish', () => log('web sink got ' + JSON.stringify(webSinkGot)));
})();
function log(m) { console.log(m); }
