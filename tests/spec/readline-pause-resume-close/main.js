// readline's 'pause'/'resume' fire only on a change, and close() pauses before 'close'.
const readline = require('readline');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
for (const ev of ['pause', 'resume', 'close']) rl.on(ev, () => console.log(ev));
rl.pause();
rl.pause();
rl.resume();
rl.resume();
rl.close();
rl.close();
const fs = require('fs');
const rl2 = readline.createInterface({ input: fs.createReadStream(__filename) });
let lines = 0;
rl2.on('line', () => { lines++; });
rl2.on('pause', () => console.log('file: pause'));
rl2.on('close', () => console.log('file: close after', lines, 'lines'));
