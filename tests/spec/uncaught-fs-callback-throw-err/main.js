// The classic `if (err) throw err;` in an fs callback: node shows that line above the ENOENT error, which
// was made inside node (no user frame in its stack).
const fs = require('fs');
fs.readFile('missing.txt', 'utf8', (err, data) => {
  if (err) throw err;
  console.log(data);
});
console.log('reading');
