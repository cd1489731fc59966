// buffer.transcode (ICU's encodings, '?' for what the target cannot hold) and buffer.resolveObjectURL.
const { transcode } = require('buffer');
console.log(transcode(Buffer.from('€uro'), 'utf8', 'ucs2'), transcode(Buffer.from('€é'), 'utf8', 'latin1'), transcode(Buffer.from('€é'), 'utf8', 'ascii'), transcode(Buffer.from('hi', 'ucs2'), 'ucs2', 'utf8'));
try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message, e.name); }
console.log(Object.keys(require('buffer')));
const { resolveObjectURL, Blob } = require('buffer');
const u = URL.createObjectURL(new Blob(['hey']));
const got = resolveObjectURL(u);
got.text().then((t) => { console.log(t, resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('x')); URL.revokeObjectURL(u); console.log(resolveObjectURL(u)); });
