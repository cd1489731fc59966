// readFileSync on a directory (EISDIR): node's frames from its fs code, for the utf8 fast path and for a Buffer.
const fs = require('fs');
for (const enc of ['utf8', undefined]) {
  try {
    fs.readFileSync('data', enc);
  } catch (e) {
    console.log(e.code, e.syscall, e.errno);
    console.log(e.stack.split('\n').slice(0, 5).join('\n').replace(__dirname, '.'));
  }
}
fs.readFileSync('data', 'utf8');
