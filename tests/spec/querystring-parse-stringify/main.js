// querystring: parse (repeated keys, +, custom sep/eq, maxKeys, bad escapes), stringify (arrays, types), escape/unescape.
const qs = require('querystring');
const parsed = qs.parse('a=1&b=2&a=3&c=&d&e=x%20y+z&f=%E4%BD%A0&bad=%zz');
console.log(parsed, Object.getPrototypeOf(parsed));
console.log(qs.parse('k:v;k2:v2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: 'é&=' }));
console.log(qs.stringify({ w: 'x', y: 'z' }, ';', ':'), qs.stringify('notobj'), qs.stringify({}));
console.log(qs.escape('a b&c/d'), qs.unescape('a%20b%26c'), qs.unescape('%zz'));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
