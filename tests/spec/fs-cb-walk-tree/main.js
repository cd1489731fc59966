// Recursive directory walk with callback fs.readdir/fs.stat: results are collected, sorted and printed with total size at the end.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, 'tree');
function walk(dir, done) {
  const found = [];
  fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
    if (err) return done(err);
    let pending = entries.length;
    if (pending === 0) return done(null, found);
    for (const ent of entries) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        walk(full, (err2, sub) => {
          found.push(path.relative(root, full) + '/', ...sub);
          if (--pending === 0) done(null, found);
        });
      } else {
        fs.stat(full, (err3, st) => {
          found.push(`${path.relative(root, full)} (${st.size})`);
          if (--pending === 0) done(null, found);
        });
      }
    }
  });
}
walk(root, (err, list) => {
  console.log('error', err);
  list.sort();
  for (const item of list) console.log(' ', item);
  const total = list.reduce((n, s) => n + Number((s.match(/\((\d+)\)$/) || [0, 0])[1]), 0);
  console.log('entries', list.length, 'total bytes', total);
});
console.log('walk started');
