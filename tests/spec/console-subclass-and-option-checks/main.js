const o = console.log; console.log = (...a) => o('[P]', ...a);
console.group('g'); console.groupEnd();
console.dirxml({ x: 1 }); console.info('i'); console.debug('d');
console.table([1]); console.assert(false, 'as'); console.count('c'); console.dir({a:1}); console.trace === undefined;
console.warn('w');
console.log = o;
console.log(Object.keys(console.Console.prototype));
const { Console } = require('console');
class T extends Console { log(...a) { super.log('[app]', ...a); } }
const t = new T({ stdout: process.stdout });
t.log('hi'); t.group('db'); t.info('info'); t.dirxml('dx'); t.groupEnd(); t.count(); t.table([1]); t.assert(false, 'x'); t.warn('w');
console.log(Object.keys(t).length, typeof t.log, t.log.name, Object.getOwnPropertyNames(t).slice(0, 5));

for (const o of [{ groupIndentation: 1001 }, { groupIndentation: '4' }, { colorMode: 'sometimes' }, { inspectOptions: 5 }, { colorMode: true, inspectOptions: { colors: true } }, {groupIndentation: 1.5}]) {
  try { new Console({ stdout: process.stdout, ...o }); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
new Console({ stdout: process.stdout, colorMode: true, inspectOptions: { colors: true } });
