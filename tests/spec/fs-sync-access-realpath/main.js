// fs sync: accessSync modes and ENOENT, realpathSync of relative/dotted paths (printed relative to __dirname).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log('mode constants', F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK);
console.log('access F_OK', fs.accessSync('./dir/sub/file.txt'));
console.log('access R_OK', fs.accessSync('./dir/sub/file.txt', R_OK));
console.log('access R_OK|W_OK on dir', fs.accessSync(path.join(D, 'dir'), R_OK | W_OK));
try {
  fs.accessSync('./dir/nope.txt', F_OK);
} catch (e) {
  showErr('access missing:', e);
}
try {
  fs.accessSync(path.join(D, 'dir', 'nope.txt'), R_OK);
} catch (e) {
  showErr('access missing absolute:', e);
}
const rp = fs.realpathSync('./dir/sub/../sub/./file.txt');
console.log('realpath is absolute', path.isAbsolute(rp));
console.log('realpath relative', path.relative(D, rp));
console.log('realpath of .', path.relative(D, fs.realpathSync('.')) === '');
console.log('realpath of dir/', path.relative(D, fs.realpathSync('dir/')));
console.log('realpath.native', path.relative(D, fs.realpathSync.native('./dir//sub')));
try {
  fs.realpathSync('./dir/missing/../sub');
} catch (e) {
  showErr('realpath missing component:', e);
}
try {
  fs.realpathSync.native('./dir/missing');
} catch (e) {
  showErr('realpath.native missing:', e);
}
