// fs callback fd API: open -> write -> read -> fstat -> close, then EBADF delivered to the callback after close.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'cb-fd.txt');
fs.open(file, 'w+', (err, fd) => {
  console.log('open', err, typeof fd);
  fs.write(fd, 'callback world', (err2, written, str) => {
    console.log('write', err2, written, JSON.stringify(str));
    const buf = Buffer.alloc(8);
    fs.read(fd, buf, 0, 5, 9, (err3, bytesRead, b) => {
      console.log('read', err3, bytesRead, b === buf, JSON.stringify(buf.toString('utf8', 0, bytesRead)));
      fs.write(fd, Buffer.from('CB'), 0, 2, 0, (err4, n, b2) => {
        console.log('write buffer', err4, n, b2.toString());
        fs.fstat(fd, (err5, st) => {
          console.log('fstat', err5, st.size);
          fs.close(fd, (err6) => {
            console.log('close', err6);
            fs.fstat(fd, (err7) => {
              console.log('fstat after close', err7.code, err7.syscall, err7.message);
              console.log('content', JSON.stringify(fs.readFileSync(file, 'utf8')));
              fs.unlink(file, (err8) => console.log('unlink', err8, fs.existsSync(file)));
            });
          });
        });
      });
    });
  });
});
