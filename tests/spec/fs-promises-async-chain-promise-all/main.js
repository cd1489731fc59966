// A failed fs.promises call inside Promise.all: node's frames go on with `at async Promise.all (index 1)` and
// the function awaiting it.
const fsp = require('fs/promises');
const path = require('path');
async function statAll(names) {
  return Promise.all(names.map((n) => fsp.stat(n)));
}
async function main() {
  try {
    await statAll(['main.js', 'missing.txt'].map((n) => path.join(__dirname, n)));
  } catch (err) {
    console.log(err.stack.split(__dirname).join('.'));
  }
}
main();
