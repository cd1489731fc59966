// readline passes its input's errors on: an 'error' listener on the interface sees them, a for-await loop over
// it rejects, and with neither the process crashes with the interface as the emitter.
const fs = require('fs');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream('missing-a.txt') });
rl.on('line', (l) => console.log(l));
rl.on('error', (e) => console.log('rl error', e.code));
rl.on('close', () => console.log('rl close'));
(async () => {
  try {
    const lines = readline.createInterface({ input: fs.createReadStream('missing-b.txt'), crlfDelay: Infinity });
    for await (const line of lines) console.log(line);
  } catch (err) {
    console.log('caught', err.code, err.message);
  }
  setTimeout(() => readline.createInterface({ input: fs.createReadStream('missing-c.txt') }), 5);
})();
