// readline: an unterminated last line at EOF is a 'line' event, not the pending question's answer.
const rl = require('readline').createInterface({ input: process.stdin });
rl.question('Name? ', (n) => console.log('hi', n));
rl.on('close', () => console.log('[closed]'));
