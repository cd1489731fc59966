// rl.question without a callback does nothing on the callback API (a common await mistake); process.openStdin.
const rl = require('readline').createInterface({input: process.stdin, output: process.stdout});
(async () => { const n = await rl.question('Name? '); console.log('Hello', n); rl.close(); })();
process.openStdin().on('data', d => console.log(String(d)));
