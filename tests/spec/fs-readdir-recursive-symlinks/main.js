// Recursive readdir follows symlinked directories for names (not for Dirents); rmdirSync(missing, { recursive })
// fails at node's lstat.
const fs = require('fs');
const path = require('path');
const t = path.join(__dirname, 'tmp-links');
fs.rmSync(t, { recursive: true, force: true });
fs.mkdirSync(path.join(t, 'real'), { recursive: true });
fs.writeFileSync(path.join(t, 'real', 'f'), 'x');
fs.symlinkSync('real', path.join(t, 'link'));
console.log(fs.readdirSync(t, { recursive: true }));
console.log(fs.readdirSync(t, { recursive: true, withFileTypes: true }).map((d) => `${d.name}:${d.isDirectory()}`));
fs.rmSync(t, { recursive: true });
try { fs.rmdirSync(t, { recursive: true }); } catch (e) { console.log(e.code, e.syscall, e.message.split(__dirname).join('<dir>')); }
