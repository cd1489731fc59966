// Asking after the interface closed: ERR_USE_AFTER_CLOSE from node's [kQuestion], through the callback API
// (caught) and readline/promises (uncaught rejection).
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['x\n']) });
rl.close();
try { rl.question('again? ', () => {}); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
const rlp = require('readline/promises').createInterface({ input: Readable.from(['Ada\n']) });
(async () => {
  console.log('name:', await rlp.question('Name? '));
  await new Promise((r) => setTimeout(r, 5));
  await rlp.question('Age? ');
})();
