// path and Buffer argument checks fail with node's own frames: `Object.join (node:path:1305:7)` on the module,
// a bare `join` when destructured, `Function.from` / `Function.alloc` on Buffer, `fromString` under Buffer.from.
const path = require('path');
const { join, basename } = require('path');
const rel = (s) => String(s).split(__dirname).join('.');
const show = (f) => {
  try { f(); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 4).join('\n'))); }
};
show(() => path.join(__dirname, undefined));
show(() => path.resolve('a', 1));
show(() => path.basename('a', 1));
show(() => path.relative('a', null));
show(() => path.parse(1));
show(() => path.format(1));
show(() => path.win32.normalize(1));
show(() => path.posix.isAbsolute({}));
show(() => join(1));
show(() => basename.call({}, 1));
show(() => Buffer.from(undefined));
show(() => Buffer.from(123));
show(() => Buffer.alloc(-1));
show(() => Buffer.alloc('x'));
show(() => Buffer.allocUnsafe(NaN));
show(() => Buffer.byteLength(5));
show(() => Buffer.concat([Buffer.alloc(1), 2]));
show(() => Buffer.compare(Buffer.alloc(1), 'x'));
show(() => Buffer.from('abc').toString('utf9'));
show(() => new Buffer(-1));
const { from } = Buffer;
show(() => from(null));
Buffer.from('abc', 'utf9');
