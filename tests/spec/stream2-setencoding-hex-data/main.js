// 'data' events after setEncoding('hex' | 'base64' | 'utf16le' | 'latin1'): what strings the chunks become,
// including base64 carrying partial groups between chunks, and readable.read() on encoded streams.
const { Readable, PassThrough } = require('stream');
function run(enc, chunks, done) {
  const p = new PassThrough();
  p.setEncoding(enc);
  const seen = [];
  p.on('data', (s) => seen.push(s));
  p.on('end', () => {
    console.log(enc.padEnd(8), JSON.stringify(seen));
    done();
  });
  for (const c of chunks) p.write(c);
  p.end();
}
const bytes = [Buffer.from([0xde, 0xad]), Buffer.from([0xbe]), Buffer.from([0xef, 0x00, 0x7f])];
const tasks = [
  (d) => run('hex', bytes, d),
  (d) => run('base64', bytes, d),
  (d) => run('base64url', bytes, d),
  (d) => run('utf16le', [Buffer.from('hi', 'utf16le').subarray(0, 3), Buffer.from('hi', 'utf16le').subarray(3)], d),
  (d) => run('latin1', [Buffer.from([0xe9, 0xe8]), 'str\u00e9'], d),
  (d) => run('ascii', [Buffer.from([0x41, 0xc3, 0xa9])], d),
  (d) => run('utf8', [Buffer.from([0xf0, 0x9f]), Buffer.from([0x98, 0x80]), Buffer.from([0xff])], d),
  (d) => {
    const r = new Readable({ read() {} });
    r.setEncoding('hex');
    r.push(Buffer.from('abc'));
    r.push('def', 'utf8');
    console.log('hex read(4)', r.read(4), 'rest', r.read(), 'encoding', r.readableEncoding);
    const r2 = Readable.from([Buffer.from('xyz')], { encoding: 'base64' });
    r2.on('data', (s) => console.log('Readable.from encoding option', s));
    r2.on('end', d);
  },
];
let i = 0;
const next = () => { const t = tasks[i++]; if (t) t(next); };
next();
