// Errors a built-in throws list the built-in above its caller, as V8 does; a keyword-named method's call
// is placed at its `(`.
const line = (e) => e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.');
const utils = { capitalize: (s) => s[0].toUpperCase() + s.slice(1) };
const words = ['hello', 'world'];
function check(fn) {
  try { fn(); } catch (e) { console.log(line(e)); }
}
check(() => words.map(utils.titleCase));
check(() => words.filter(utils.keep));
check(() => words.forEach(5));
check(() => new Map([[1, 2]]).forEach(null));
check(() => (1).toFixed(200));
check(() => (255).toString(1));
check(() => 'ab'.repeat(-1));
check(() => 'a'.normalize('x'));
check(() => [3, 1].sort(5));
check(() => new Date(NaN).toISOString());
check(() => String.fromCodePoint(-1));
check(() => BigInt(1.5));
check(() => new ArrayBuffer(-1));
check(() => Reflect.ownKeys(1));
check(() => new Promise(utils.executor));
class Exporter { export() { throw new Error('not implemented'); } delete() { return new Error('x').stack.split('\n')[2]; } }
try { new Exporter().export(); } catch (e) { console.log(line(e)); }
console.log(new Exporter().delete().split(__dirname).join('.'));
console.log(words.map(utils.capitalize).join(' '));
words.map(utils.titleCase);
