// fs callback API chained step by step: writeFile -> appendFile -> readFile -> rename -> stat -> unlink, with nextTicks in between.
const fs = require('fs');
const path = require('path');
const a = path.join(__dirname, 'chain-a.txt');
const b = path.join(__dirname, 'chain-b.txt');
let step = 0;
const log = (...args) => console.log(`[${++step}]`, ...args);
fs.writeFile(a, 'first', (err) => {
  log('writeFile', err, arguments.length === 5);
  process.nextTick(() => log('tick after writeFile'));
  fs.appendFile(a, '+second', 'utf8', function (err2) {
    log('appendFile', err2, 'args', arguments.length);
    fs.readFile(a, { encoding: 'utf8' }, (err3, text) => {
      log('readFile', err3, text);
      fs.rename(a, b, (err4) => {
        log('rename', err4);
        fs.stat(b, (err5, st) => {
          log('stat', err5, st.size, st.isFile());
          fs.unlink(b, (err6) => {
            log('unlink', err6);
            fs.access(b, (err7) => {
              log('access after unlink', err7.code);
              log('files left', fs.existsSync(a), fs.existsSync(b));
            });
          });
        });
      });
    });
  });
});
log('sync end');
