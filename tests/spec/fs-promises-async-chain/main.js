// A failed fs.promises call's error carries node's async frames, then every user async function awaiting
// it, outermost last.
const fsp = require('fs/promises');
const path = require('path');
async function loadSettings(name) {
  const text = await fsp.readFile(path.join('settings', name + '.json'), 'utf8');
  return JSON.parse(text);
}
async function boot() {
  const s = await loadSettings('dev');
  return s;
}
async function main() {
  try {
    await boot();
  } catch (err) {
    console.log(err.stack.split(__dirname).join('.'));
  }
}
main();
