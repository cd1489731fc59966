// fs.rmdirSync(path, { recursive: true }) still works in node 20, with a one-time DEP0147 warning.
const fs = require('fs');
fs.mkdirSync('./tmp-tree/a/b', { recursive: true });
fs.writeFileSync('./tmp-tree/a/b/file.txt', 'x');
fs.rmdirSync('./tmp-tree', { recursive: true });
console.log('removed:', !fs.existsSync('./tmp-tree'));
fs.mkdirSync('./tmp-tree2/x', { recursive: true });
fs.rmdirSync('./tmp-tree2', { recursive: true });
console.log('second removal, no second warning:', !fs.existsSync('./tmp-tree2'));
