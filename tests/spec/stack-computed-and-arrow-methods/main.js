// Frame names V8 gives methods Boa keeps no name for: computed and symbol keys (a symbol-named one has no
// type), and arrows called as methods (named after the object they were called on).
const util = require('util');
class Range {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) { if (i === 2) throw new Error('stop'); yield i; } }
  ['get' + 'Size']() { throw new Error('size'); }
}
class Server {
  handle = (req) => { if (!req.url) throw new Error('no url'); return req.url; };
  run(req) { return this.handle(req); }
}
const key = Symbol('myKey');
const o = { [key]() { throw new Error('sym'); }, ['on' + 'Load']() { throw new Error('load'); } };
const api = { parse: (s) => JSON.parse(s), check: (v) => { if (v < 0) throw new RangeError('negative'); return v; } };
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.')); }
};
show(() => [...new Range(5)]);
show(() => new Range(1).getSize());
show(() => o[key]());
show(() => o.onLoad());
show(() => new Server().run({}));
show(() => api.parse('{bad'));
show(() => api['check'](-1));
const check = api.check;
show(() => check(-2));
api.check(-3);
