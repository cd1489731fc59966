// Code inside a template literal's ${...} is scanned as code: a class written there prints its source, and
// functions there are named and placed in stacks.
console.log(`${class A { m() {} }}`);
const label = (x) => `value: ${x > 1 ? `big ${x}` : 'small'} and ${[1, 2].map((n) => { return n * 2; }).join(',')}`;
console.log(label(2), label(0));
class K { run() { return `${this.name()}!`; } name() { throw new Error('in template'); } }
try { new K().run(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
const f = () => `${(() => { throw new Error('nested arrow'); })()}`;
try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
