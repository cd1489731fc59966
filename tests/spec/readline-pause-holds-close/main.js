// readline: pause() pauses the input, so 'close' waits for resume().
const rl = require('readline').createInterface({ input: process.stdin });
rl.on('line', (l) => { console.log('line', l); rl.pause(); setTimeout(() => { console.log('resume'); rl.resume(); }, 10); });
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.on('close', () => console.log('close'));
