// Blob/File details: argument validation, type normalization, slice clamping, File name/lastModified, inspect, and
// the microtask steps of arrayBuffer()/text()/bytes() and stream() chunking per part.
const { Blob: BBlob, File: BFile } = require('buffer');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
};
t('same classes', () => BBlob === Blob && BFile === File);
t('null sources', () => new Blob(null));
t('string sources', () => new Blob('abc'));
t('object sources', () => new Blob({}));
t('Set sources', () => new Blob(new Set(['a', 'b'])).size);
t('options number', () => new Blob([], 5));
t('options null', () => new Blob([], null).size);
t('bad endings', () => new Blob([], { endings: 'x' }));
t('native endings', () => new Blob(['a\nb\r\nc'], { endings: 'native' }).size);
t('type non-ascii', () => JSON.stringify(new Blob([], { type: 'tëxt' }).type));
t('type object', () => new Blob([], { type: { toString() { return 'A/B'; } } }).type);
t('type null', () => new Blob([], { type: null }).type);
t('type control char', () => JSON.stringify(new Blob([], { type: 'a\x01' }).type));
const b = new Blob(['hello', ' ', 'world']);
t('slice()', () => b.slice().size);
t('slice(2)', () => b.slice(2).size);
t('slice(-100, 3)', () => b.slice(-100, 3).size);
t('slice(5, 2)', () => b.slice(5, 2).size);
t('slice("2")', () => b.slice('2').size);
t('slice type', () => b.slice(0, 1, 'X/Y').type);
t('views', () => new Blob([new DataView(new ArrayBuffer(3)), new Uint16Array([1, 2]), new ArrayBuffer(7)]).size);
t('lone surrogate', () => new Blob(['\ud800']).size);
t('blob of file', () => new Blob([new File(['abc'], 'x')]).size);
t('File without name', () => new File(['x']));
t('File name', () => new File(['x'], 5).name);
t('File lastModified string', () => new File(['x'], 'n', { lastModified: '12' }).lastModified);
t('File lastModified NaN', () => new File(['x'], 'n', { lastModified: 'zz' }).lastModified);
t('File lastModified default is a number', () => typeof new File([], 'n').lastModified);
t('File type', () => new File(['x'], 'n', { type: 'A/B' }).type);
t('File instanceof Blob', () => new File([], 'x') instanceof Blob);
t('File tag', () => Object.prototype.toString.call(new File([], 'x')));
t('size on non-blob', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
t('name on blob', () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()));
t('keys', () => [Object.keys(new Blob(['a'])), JSON.stringify(new Blob(['a']))]);
t('proto names', () => Object.getOwnPropertyNames(Blob.prototype).join());
t('proto keys', () => Object.keys(Blob.prototype).join());
t('File proto keys', () => Object.keys(File.prototype).join());
t('lengths', () => [Blob.length, File.length]);
console.log(new Blob(['abc'], { type: 'Text/HTML' }), new File(['x'], 'a.txt', { lastModified: 5, type: 'text/plain' }));
console.log({ a: { b: { c: new Blob(['x']) } } }, [Blob, File]);
(async () => {
  Blob.prototype.text.call({}).catch((e) => console.log('text on non-blob rejects', e.code));
  const order = [];
  const p = b.text().then(() => order.push('text'));
  const p2 = new Blob(['x']).arrayBuffer().then(() => order.push('ab1'));
  const p3 = new Blob(['a', 'b', 'c', 'd']).arrayBuffer().then(() => order.push('ab4'));
  const p4 = new Blob([]).bytes().then(() => order.push('bytes0'));
  const p5 = new Blob([new Blob(['a', 'b']), 'c']).slice(1).arrayBuffer().then(() => order.push('nested'));
  for (let i = 0; i < 10; i++) {
    await null;
    order.push(i);
  }
  await Promise.all([p, p2, p3, p4, p5]);
  console.log(order.join(' '));
  const sizes = async (blob) => {
    const r = blob.stream().getReader();
    const s = [];
    for (;;) {
      const { value, done } = await r.read();
      if (done) break;
      s.push(`${value.constructor.name}(${value.byteLength})`);
    }
    return s.join(',');
  };
  console.log('stream parts', await sizes(new Blob([new Uint8Array(70000), 'abc', '', new Uint8Array(5)])));
  console.log('stream slice', await sizes(new Blob(['abc', 'def', 'ghi']).slice(1, 8)));
  console.log('stream empty', JSON.stringify(await sizes(new Blob([]))));
  console.log(new Blob(['x']).stream());
  console.log('bytes', await new Blob(['hi']).bytes());
  console.log('text of lone surrogate', JSON.stringify(await new Blob(['\ud800x']).text()));
})();
