// console.Console: instances writing to given streams (options object or positional), inspectOptions and
// groupIndentation; the global console's key order and extra members.
const { Console } = require('console');
const { Writable } = require('stream');
const sink = (name) => new Writable({ write(chunk, enc, cb) { process.stdout.write(`[${name}] ${chunk}`); cb(); } });
const c = new Console({ stdout: sink('out'), stderr: sink('err'), inspectOptions: { depth: 0 }, groupIndentation: 4 });
c.log('hello %s', 'there', { nested: { deep: 1 } });
c.group('group');
c.error('to stderr');
c.groupEnd();
c.table([{ a: 1 }]);
const p = Console(sink('positional'));
p.warn('warn goes to stdout when no stderr is given');
console.log(Object.keys(console));
console.log(console.Console === Console, typeof console.context, typeof console.createTask);
try { new Console(); } catch (e) { console.log(e.name, e.code); }
