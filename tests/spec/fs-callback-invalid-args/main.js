// The callback API's argument checks: node's message, which argument it checks first (a fixed-position
// callback before the paths), and node's own frames above the caller.
const fs = require('fs');
const cases = [
  ['readFile', [undefined]], ['stat', [undefined]], ['mkdir', [undefined]], ['readdir', ['a', 5]],
  ['writeFile', [undefined, 'x']], ['appendFile', [undefined, 'x']], ['writeFile', ['f.txt', 42]],
  ['copyFile', ['a', undefined]], ['rename', ['a']], ['rename', [undefined, 'b']], ['utimes', [undefined, 1, 1]],
  ['open', ['a', 'zz']], ['mkdir', ['a', { recursive: 'yes' }]], ['rm', ['a', { recursive: 'yes' }]],
  ['readlink', [undefined]], ['truncate', [undefined]], ['symlink', ['a', undefined]],
];
for (const [name, args] of cases) {
  try {
    fs[name](...args, () => console.log(name, 'called back'));
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('.'));
  }
}
fs.writeFile(undefined, 'data', () => {});
