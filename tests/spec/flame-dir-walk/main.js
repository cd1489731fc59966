// A recursive directory walk with fs.readdirSync/statSync: the flame chart shows walk() nesting per level.
const fs = require('fs');
const path = require('path');

function setup(dir, depth) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 2; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), 'x'.repeat(i + 1));
  if (depth > 0) for (let i = 0; i < 2; i++) setup(path.join(dir, `d${i}`), depth - 1);
}

function walk(dir) {
  let bytes = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    bytes += st.isDirectory() ? walk(p) : st.size;
  }
  return bytes;
}

const root = path.join(require('os').tmpdir(), 'looplab-flame-walk-' + process.pid);
setup(root, 2);
console.log('bytes:', walk(root));
fs.rmSync(root, { recursive: true });
