// WHATWG URL: parsing components, relative resolution with a base, setters, normalization, invalid URLs, file URLs.
const { URL, fileURLToPath, pathToFileURL } = require('url');
const u = new URL('https://user:pa%20ss@Example.COM:8080/a/./b/../c%20d?x=1&y=2&x=3#frag');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k.padEnd(8), JSON.stringify(u[k]));
}
console.log('searchParams.getAll x', u.searchParams.getAll('x'));
console.log(new URL('../up?q', 'http://h.com/a/b/c').href, new URL('//other.org/p', 'https://h.com').href, new URL('?only', 'http://h.com/p/q').href);
const m = new URL('http://example.com');
m.pathname = '/new path';
m.port = '80';
m.hash = 'h';
m.searchParams.set('k', 'v w');
m.host = 'example.org:9000';
console.log('mutated', m.href, m.port);
m.protocol = 'https';
m.port = '443';
console.log('default port dropped', m.href);
console.log(new URL('HTTP://EXAMPLE.com:80/%7Efoo/').href, new URL('http://[::1]:3000/').host, new URL('http://例え.jp').hostname);
try {
  new URL('not a url');
} catch (e) {
  console.log(e.name, e.code, e.message, e.input);
}
try {
  new URL('/relative');
} catch (e) {
  console.log(e.code, e.message);
}
console.log('canParse', URL.canParse('https://x'), URL.canParse('nope'), URL.canParse('/p', 'http://b'));
console.log('toString/toJSON', String(new URL('http://a/b')), JSON.stringify({ u: new URL('http://a/b') }));
console.log(fileURLToPath('file:///tmp/some%20file.txt'), pathToFileURL('/tmp/a b#c.txt').href);
console.log('relative path to file URL', pathToFileURL(__filename).href.endsWith('/main.js'));
console.log(new URL('blob:https://a.com/uuid').origin, new URL('data:text/plain,hi').pathname, new URL('mailto:a@b.c').origin);
