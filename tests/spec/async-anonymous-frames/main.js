// Async frames of anonymous functions: V8's debug name (`obj.run`), the receiver's type (`K.h`,
// `Thing.<anonymous>`), `this.x = ...` named after the instance's class, arrows included.
const { EventEmitter } = require('events');
async function fail() { await null; throw new Error('boom'); }
const show = (e) => console.log(e.stack.split('\n').slice(1, 3).join('\n').replaceAll(__dirname, '.'));
const obj = { tag: 1 };
obj.run = async function () { await fail(); };
const o2 = { go: async function () { await fail(); } };
class K { constructor() { this.h = async function () { await fail(); }; this.s = function () { throw new Error('sync'); }; this.a = () => { throw new Error('arrow'); }; } }
class Thing extends EventEmitter {}
const t = new Thing();
t.on('go', async function () { await fail().catch((e) => { show(e); }); });
(async () => {
  await obj.run().catch(show);
  await o2.go().catch(show);
  await new K().h().catch(show);
  await (async function () { await fail(); }).call({}).catch(show);
  await (async function () { await fail(); }).call(new K()).catch(show);
  try { new K().s(); } catch (e) { show(e); }
  try { new K().a(); } catch (e) { show(e); }
  function Old() { this.go = function () { throw new Error('old'); }; }
  try { new Old().go(); } catch (e) { show(e); }
  t.emit('go');
})();
