// A rejected fs.promises call carries node's async frames (`at async open (node:internal/fs/promises:637:25)`)
// and the awaiting function's frame, so console.log(err) prints the stack form, not `[Error: ...]`; an uncaught
// one shows node's internal source line above it.
const fsp = require('fs').promises;
const clean = (s) => s.split(__dirname).join('<dir>');
const show = (name, err) => console.log(name, clean(require('util').inspect(err)));
async function main() {
  try {
    await fsp.readFile('missing.txt', 'utf8');
  } catch (err) {
    console.log(clean(err.stack));
    console.error(err);
  }
  try { await fsp.stat('nope'); } catch (err) { show('stat', err); }
  try { await fsp.access('nope'); } catch (err) { show('access', err); }
  try { await fsp.readdir('nope'); } catch (err) { show('readdir', err); }
  try { await fsp.unlink('nope'); } catch (err) { show('unlink', err); }
  try { await fsp.mkdir('main.js'); } catch (err) { show('mkdir', err); }
  try { await fsp.writeFile('no/dir.txt', 'x'); } catch (err) { show('writeFile', err); }
  try { await fsp.open('nope'); } catch (err) { show('open', err); }
  try { await fsp.rename('nope', 'x'); } catch (err) { show('rename', err); }
  try { await fsp.copyFile('nope', 'x'); } catch (err) { show('copyFile', err); }
  try { await fsp.rm('nope'); } catch (err) { show('rm', err); }
  try { await fsp.realpath('nope'); } catch (err) { show('realpath', err); }
  try { await fsp.appendFile('no/dir.txt', 'x'); } catch (err) { show('appendFile', err); }
  const st = await fsp.stat('main.js').catch(() => null);
  console.log('stat ok', st !== null);
}
main().then(() => fsp.readFile('gone.txt'));
