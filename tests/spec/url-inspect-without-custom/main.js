// A URL shows as its href where custom inspection is off (console.dir, customInspect: false).
const util = require('util');
const u = new URL('https://example.com/a/b?x=1#h');
console.dir(u);
console.log(util.inspect({ list: [u] }, { customInspect: false }));
console.log(util.inspect(u, { customInspect: false, depth: -1 }));
console.log(u);
u.extra = 1;
console.log(util.inspect(u, { customInspect: false }));
