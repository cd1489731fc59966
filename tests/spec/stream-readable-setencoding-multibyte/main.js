// setEncoding('utf8') keeps multi-byte characters intact when their bytes are split across pushed chunks.
const { Readable } = require('stream');
const text = 'héllo wörld € 😀!';
const bytes = Buffer.from(text, 'utf8');
console.log('bytes', bytes.length, 'chars', [...text].length);
function run(encoding, done) {
  const r = new Readable({ read() {} });
  if (encoding) r.setEncoding(encoding);
  console.log('encoding', encoding, 'readableEncoding', r.readableEncoding);
  const chunks = [];
  r.on('data', (c) => chunks.push(c));
  r.on('end', () => {
    console.log(' chunk types', [...new Set(chunks.map((c) => typeof c === 'string' ? 'string' : c.constructor.name))].join(','));
    console.log(' chunks', chunks.length, JSON.stringify(chunks.map(String)));
    if (encoding) console.log(' joined equals whole decode', chunks.join('') === bytes.toString(encoding));
    done();
  });
  for (let i = 0; i < bytes.length; i += 3) r.push(bytes.subarray(i, i + 3));
  r.push(null);
}
run('utf8', () => run('hex', () => run(null, () => {
  const r = new Readable({ read() {}, encoding: 'base64' });
  r.push(Buffer.from('abcd'));
  r.push(null);
  r.on('data', (c) => console.log('base64 option data', JSON.stringify(c)));
})));
