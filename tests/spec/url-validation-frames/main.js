// URL, URLSearchParams and node:url checks fail with node's frames (`new URL (node:internal/url:806:29)`,
// `URLSearchParams.get`, `Object.fileURLToPath`) and an uncaught `new URL` shows node's own source line.
const url = require('url');
const rel = (s) => String(s).split(__dirname).join('.');
const show = (f) => {
  try { f(); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 4).join('\n'))); }
};
show(() => new URL('not a url'));
show(() => new URL('/x', 'bad base'));
show(() => new URL());
show(() => URL.canParse());
show(() => URL.createObjectURL(5));
show(() => new URLSearchParams([[1]]));
show(() => new URLSearchParams([null]));
show(() => new URLSearchParams([5]));
show(() => new URLSearchParams().append('a'));
show(() => new URLSearchParams().get());
show(() => new URLSearchParams().forEach(5));
show(() => URLSearchParams.prototype.has.call({}, 'a'));
show(() => url.fileURLToPath(5));
show(() => url.fileURLToPath('http://x/'));
show(() => url.fileURLToPath('file://host/x'));
show(() => url.fileURLToPath('nope'));
show(() => url.pathToFileURL(5));
show(() => url.domainToASCII());
show(() => url.parse(5));
show(() => url.format(5));
show(() => url.resolve('a', 5));
show(() => url.urlToHttpOptions(null));
const { fileURLToPath } = url;
show(() => fileURLToPath(5));
new URL('not a url');
