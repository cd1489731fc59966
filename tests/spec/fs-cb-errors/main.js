// fs callback errors: I/O errors go to the callback (err first, no result), argument errors throw synchronously.
const fs = require('fs');
const path = require('path');
const D = __dirname;
const show = (label, e) => console.log(label, e instanceof Error, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
try {
  fs.readFile('./missing.txt');
} catch (e) {
  console.log('no callback:', e.name, e.code, e.message);
}
try {
  fs.readFile(undefined, () => console.log('never'));
} catch (e) {
  console.log('bad path:', e.name, e.code, e.message);
}
try {
  fs.stat('./x', 'not a function');
} catch (e) {
  console.log('bad callback:', e.name, e.code, e.message);
}
fs.readFile('./missing.txt', 'utf8', function (err, data) {
  show('readFile missing:', err);
  console.log('  args:', arguments.length, 'data:', data);
  fs.readdir(path.join(D, 'missing-dir'), (err2, list) => {
    show('readdir missing:', err2);
    console.log('  list:', list);
    fs.mkdir(D, (err3) => {
      show('mkdir existing:', err3);
      fs.open('./missing.txt', 'r', (err4, fd) => {
        show('open missing:', err4);
        console.log('  fd:', fd);
        fs.readFile(D, (err5) => {
          show('readFile dir:', err5);
          fs.exists('./missing.txt', function (exists) {
            console.log('fs.exists callback gets a boolean only:', exists, arguments.length);
          });
        });
      });
    });
  });
});
console.log('sync part done');
