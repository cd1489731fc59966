// process.chdir resolves against the current directory, checks the target, and relative fs paths follow it.
const path = require('path');
const start = process.cwd();
try { process.chdir('nope'); } catch (e) { console.log(e.message.split(start).join('<cwd>'), e.code, e.errno, e.syscall, e.path === undefined ? 'nopath' : e.path.split(start).join('<cwd>'), e.dest); console.log(Object.keys(e)); }
require('fs').writeFileSync('afile', 'x');
try { process.chdir('afile'); } catch (e) { console.log(e.message.split(start).join('<cwd>'), e.code); }
require('fs').unlinkSync('afile');
try { process.chdir(5); } catch (e) { console.log(e.message, e.code); }
try { process.chdir(); } catch (e) { console.log(e.message, e.code); }
console.log(process.chdir.length, process.chdir.name);
process.chdir('..'); console.log(process.cwd() === path.dirname(start));
process.chdir(start + '/'); console.log(process.cwd() === start);
process.chdir('./d/../d/.'); console.log(process.cwd().split(start).join('<cwd>'));

console.log(require('fs').readFileSync('note.txt', 'utf8').trim(), require('path').resolve('x.txt').split(start).join('<cwd>'));
process.chdir(start);
console.log(require('fs').existsSync('d/note.txt'));
