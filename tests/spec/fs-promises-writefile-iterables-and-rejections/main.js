// fs.promises.writeFile of iterables, async iterables and streams; bad options reject (node's getOptions wording), never throw.
const fsp = require('fs/promises'); const { Readable } = require('stream');
const f = require('path').join(__dirname, 'wi.tmp');
(async () => {
  await fsp.writeFile(f, ['a', 'b', Buffer.from('c')]); console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, (async function* () { yield 'x'; yield 'y'; })()); console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, Readable.from(['s1', 's2'])); console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, 'plain', 'utf8'); console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, ['68', '69'], 'hex').catch((e) => console.log(e.code)); console.log(await fsp.readFile(f, 'utf8'));
  console.log(await fsp.readFile(f, 42).catch((e) => e.code));
  await fsp.unlink(f);
})();
const fs = require('fs');
try { fs.readFileSync(__filename, 42); } catch (e) { console.log(e.message); }
try { fsp.stat(42).catch((e) => console.log('rejected', e.code)); console.log('returned'); } catch (e) { console.log('threw', e.code); }
