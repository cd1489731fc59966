// Watch the loop phases: the readFile callback runs in the poll phase, and check (setImmediate)
// comes right after poll, while timers must wait for the next loop iteration.
const fs = require('fs');

fs.readFile(__dirname + '/data.txt', 'utf8', (err, text) => {
  if (err) throw err;
  console.log('readFile callback (poll phase):', text.trim());

  setTimeout(() => console.log('setTimeout 0 (timers phase, next iteration)'), 0);
  setImmediate(() => console.log('setImmediate (check phase, same iteration)'));
});

console.log('main script done, waiting for the file');
