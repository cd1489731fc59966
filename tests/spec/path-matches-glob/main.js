// path.matchesGlob (node 20.20: minimatch, with an ExperimentalWarning on first use).
const path = require('path');
console.log(path.matchesGlob('a/b.js', 'a/*.js'), path.matchesGlob('a/b/c.js', 'a/**/*.js'), path.matchesGlob('A/b.js', 'a/*.js'));
console.log(path.posix.matchesGlob('x.txt', '*.{txt,md}'), path.win32.matchesGlob('a\\b.js', 'a/*.js'), path.matchesGlob('.hidden', '*'), path.matchesGlob('!a', '!a'));
console.log(Object.keys(path));
const files = ['src/index.js', 'src/util/strings.test.js', 'README.md', 'assets/logo.png', 'package.json', '.eslintrc.json'];
for (const pat of ['src/**/*.js', '*.md', '**/*.test.js', '**/*.{png,json}', '#comment', 'src/[a-i]*.js', '**/?????.js']) {
  console.log(pat.padEnd(18), files.filter((f) => path.matchesGlob(f, pat)).join(', ') || '(none)');
}
try { path.matchesGlob(1, '*'); } catch (e) { console.log(e.code, e.message); }
