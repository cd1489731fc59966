// A caught JSON.parse (or fs, or assert) error that user code rethrows is shown at the `throw err;` line,
// not where node's own code first raised it.
const fs = require('fs');
try {
  fs.readFileSync('missing.txt');
} catch (err) {
  console.log('read failed:', err.code);
}
try {
  JSON.parse('{bad');
} catch (err) {
  console.log('logged, rethrowing');
  throw err;
}
