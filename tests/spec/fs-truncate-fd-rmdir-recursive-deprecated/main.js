// truncate/truncateSync with a file descriptor warn DEP0081 once; rmdir(path, { recursive: true }) works with a callback and warns DEP0147.
const fs = require('fs');
fs.writeFileSync(__dirname + '/t.txt', 'hello world');
const fd = fs.openSync(__dirname + '/t.txt', 'r+');
fs.truncateSync(fd, 5);
console.log(fs.readFileSync(__dirname + '/t.txt', 'utf8'));
fs.truncate(fd, 2, (err) => {
  console.log(err, fs.readFileSync(__dirname + '/t.txt', 'utf8'));
  fs.closeSync(fd);
  fs.mkdirSync(__dirname + '/rd/sub', { recursive: true });
  fs.writeFileSync(__dirname + '/rd/sub/f', 'x');
  fs.rmdir(__dirname + '/rd', { recursive: true }, (err) => {
    console.log(err, fs.existsSync(__dirname + '/rd'));
    fs.unlinkSync(__dirname + '/t.txt');
  });
});
