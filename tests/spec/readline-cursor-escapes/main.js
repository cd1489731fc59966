// readline.cursorTo / moveCursor / clearLine / clearScreenDown write ANSI escape sequences even when stdout
// is not a terminal (a progress bar lesson), and validate their arguments as node does.
const rl = require('readline');
process.stdout.write('50%');
rl.cursorTo(process.stdout, 0);
process.stdout.write('100%\n');
rl.clearLine(process.stdout, 0);
rl.clearLine(process.stdout, -1);
rl.clearLine(process.stdout, 1);
rl.moveCursor(process.stdout, 2, -1);
rl.moveCursor(process.stdout, -3, 4);
rl.cursorTo(process.stdout, 3, 4);
rl.clearScreenDown(process.stdout);
console.log(rl.cursorTo(process.stdout), rl.moveCursor(process.stdout, 0, 0));
try { rl.cursorTo(process.stdout, undefined, 2); } catch (e) { console.log(e.code, e.message); }
try { rl.cursorTo(process.stdout, NaN); } catch (e) { console.log(e.code, e.message); }
rl.cursorTo(process.stdout, 0, () => console.log('written'));
