// util.parseArgs's frame names the receiver it was called on: `Object.parseArgs` through the module,
// `parseArgs` destructured.
const util = require('util');
const { parseArgs } = util;
const top = (e) => e.stack.split('\n').slice(0, 5).map((l) => l.replace(__dirname, '<dir>')).join('\n');
try { parseArgs({ args: 5 }); } catch (e) { console.log(top(e)); }
try { util.parseArgs({ args: 5 }); } catch (e) { console.log(top(e)); }
try { parseArgs({ args: ['--nope'], options: {} }); } catch (e) { console.log(top(e)); }
try { util.parseArgs({ args: ['extra'], options: {} }); } catch (e) { console.log(top(e)); }
console.log(util.parseArgs({ args: ['-v', 'file'], options: { v: { type: 'boolean' } }, allowPositionals: true }));
console.log(typeof parseArgs.prototype, parseArgs.length, parseArgs.name);
util.parseArgs({ args: ['--zz'], options: {} });
