// path (posix): join, resolve (relative to cwd = scenario dir, printed relative to __dirname), normalize, isAbsolute, sep/delimiter.
const path = require('path');
const rel = (p) => path.relative(__dirname, p) || '(dir itself)';
console.log(path.join('a', 'b', '../c', './d'), path.join('/a/', '//b', 'c/'), path.join(''), path.join('a', ''), path.join('..', 'x'), path.join('/', '..', 'x'));
console.log(rel(path.resolve('x', 'y')), rel(path.resolve('./x', '../z')), rel(path.resolve()), path.resolve('/abs', 'rel', '/other', 'end'));
console.log(rel(path.resolve(__dirname, 'sub/../file.txt')), path.resolve('/a/b/', '..'), path.resolve('/'));
console.log('cwd is the scenario dir', process.cwd() === __dirname);
for (const p of ['a//b/../c/.', '/a/b/c/../../..', '../../x', './', '', '/..', 'a/b/../../..', 'a/./b/', '//double//slash']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
}
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.isAbsolute(''), path.isAbsolute('./x'));
console.log(JSON.stringify(path.sep), JSON.stringify(path.delimiter), path === path.posix, typeof path.win32.join);
console.log(path.win32.join('C:\\a', '..', 'b'), path.win32.normalize('C:/x//y'), path.win32.isAbsolute('C:\\'));
try {
  path.join('a', 42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
