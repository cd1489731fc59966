// `require` in an ES module, first inside a try that catches it, then at the top level uncaught: the uncaught
// one is placed where it ran.
try {
  require('fs');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function later() {
  return require('path');
}
console.log(typeof later);
const fs = require('node:fs');
