const assert = require('assert');
async function main() {
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.stack.split(__dirname).join('.')); }
  try { await assert.rejects(async () => {}); } catch (e) { console.log(e.stack.split(__dirname).join('.')); }
  try { await assert.doesNotReject(Promise.reject(new Error('r'))); } catch (e) { console.log(e.stack.split(__dirname).join('.')); }
}
main();
