// A module the program writes and then requires: its errors get V8's messages and places, as the scenario's own
// files do.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'generated');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'helper.js'), [
  'function name(user) {',
  '  return user.profile.name;',
  '}',
  'function total(items) {',
  '  return items.reduce((sum, it) => sum + it.price, 0);',
  '}',
  'module.exports = { name, total };',
  '',
].join('\n'));
const helper = require('./generated/helper');
try {
  helper.name(null);
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n')[1].replace(__dirname, '.'));
}
try {
  helper.total([{ price: 1 }, undefined]);
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n')[1].replace(__dirname, '.'));
}
fs.rmSync(dir, { recursive: true });
