// path (posix): parse/format, relative, dirname, basename (with ext), extname edge cases (dotfiles, trailing dots/slashes).
const path = require('path');
for (const p of ['/home/user/file.txt', 'dir/archive.tar.gz', '.bashrc', '/', 'noext', 'trailing/', 'a/b.', '..', '/x/.hidden.json']) {
  console.log(JSON.stringify(p), JSON.stringify(path.parse(p)));
}
console.log(path.format({ dir: '/x/y', base: 'z.txt' }), path.format({ root: '/', name: 'n', ext: '.e' }), path.format({ dir: 'd', name: 'n', ext: 'e' }), path.format({ base: 'b', name: 'ignored', ext: '.ignored' }), path.format({ root: '/root/', dir: '/root', base: 'f' }));
for (const [from, to] of [['/a/b/c', '/a/d'], ['/a/b', '/a/b/c/d'], ['/a', '/a'], ['/a/b', '/'], ['a/b', 'a/c']]) {
  console.log('relative', from, to, JSON.stringify(path.relative(from, to)));
}
console.log('relative within scenario', path.relative(__dirname, path.join(__dirname, 'x', 'y.js')), path.relative(path.join(__dirname, 'x'), __dirname));
console.log(path.dirname('/a/b/c'), path.dirname('/a/b/c/'), path.dirname('a'), path.dirname('/'), path.dirname(''));
console.log(path.basename('/a/b/file.js'), path.basename('/a/b/file.js', '.js'), path.basename('/a/b/file.js', 'js'), path.basename('file.js', 'file.js'), path.basename('/a/b/'), path.basename('.js', '.js'));
for (const p of ['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md', 'a/b.c/d', 'x.txt/']) {
  console.log('extname', JSON.stringify(p), JSON.stringify(path.extname(p)));
}
console.log('basename of __filename', path.basename(__filename), path.extname(__filename));
