// Inside an fs callback (poll phase), setImmediate always runs before setTimeout(0); ticks and promises run first.
const fs = require('fs');
fs.readFile('./input.txt', 'utf8', (err, data) => {
  console.log('readFile callback', err, JSON.stringify(data));
  setTimeout(() => {
    console.log('timeout 0');
    fs.stat(__filename, (err2, st) => {
      console.log('stat callback', err2, st.isFile());
      setTimeout(() => console.log('stat: timeout 0'), 0);
      setImmediate(() => {
        console.log('stat: immediate');
        process.nextTick(() => console.log('stat: tick from immediate'));
      });
    });
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('end of readFile callback');
});
console.log('main done');
