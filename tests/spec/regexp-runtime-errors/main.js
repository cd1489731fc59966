// Patterns built at run time (user input, config): V8's syntax-error messages and frames, and RegExp's
// identity rules (RegExp(re) returns re, species constructors, subclasses) kept with the stand-in.
for (const p of ['(abc', '[a-', '*x', 'a{3,1}', 'a)', '\\', '(?<n>a)(?<n>b)', '[z-a]', 'a{2', '(?<1a>x)']) {
  try { new RegExp(p); console.log('ok', p); } catch (e) { console.log(e.name, e.message, e.stack.split("\n")[1].trim().replace(__dirname, ".")); }
}
try { RegExp('(x', 'g'); } catch (e) { console.log(e.message, e.stack.split("\n")[1].trim().replace(__dirname, ".")); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.message); }
try { new RegExp('a', 'xyz'); } catch (e) { console.log(e.message); }
const re = /a/g;
console.log(RegExp(re) === re, new RegExp(re) === re, new RegExp(re, 'i').flags, RegExp('a').source, new RegExp().source, String(new RegExp(undefined)));
console.log(re.constructor === RegExp, re instanceof RegExp, Object.getPrototypeOf(re) === RegExp.prototype, RegExp.name, RegExp.length, typeof RegExp[Symbol.species]);
class R extends RegExp { exec(s) { return super.exec(s); } }
const r = new R('b+', 'g'); console.log(r instanceof R, r instanceof RegExp, 'abbb'.replace(r, 'X'), 'a-b'.split(/-/));
console.log(String(RegExp), RegExp.prototype.constructor === RegExp);
const userInput = 'price (usd';
new RegExp(userInput, 'i');
