// fs callback API for directories: mkdir recursive (callback gets first created path), readdir withFileTypes, rm recursive.
const fs = require('fs');
const path = require('path');
const D = __dirname;
const work = path.join(D, 'cb-dirs');
fs.mkdir(path.join(work, 'a', 'b'), { recursive: true }, (err, first) => {
  console.log('mkdir recursive', err, path.relative(D, first));
  fs.writeFile(path.join(work, 'a', 'f.txt'), 'x', () => {
    fs.readdir(path.join(work, 'a'), { withFileTypes: true }, (err2, ents) => {
      console.log('readdir', err2, ents.map((e) => `${e.name}:${e.isDirectory() ? 'dir' : 'file'}`).sort());
      fs.rmdir(path.join(work, 'a'), (err3) => {
        console.log('rmdir non-empty', err3.code, err3.message.split(D).join('<dir>'));
        fs.rm(work, { recursive: true }, (err4) => {
          console.log('rm recursive', err4, fs.existsSync(work));
          fs.rm(work, { force: true }, (err5) => console.log('rm force missing', err5));
        });
      });
    });
  });
});
