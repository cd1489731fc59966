// fs.promises: writeFile/appendFile/readFile/stat/readdir/mkdir/rename/copyFile/rm resolve with the same values as sync APIs.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const D = __dirname;
const work = path.join(D, 'promises-work');
(async () => {
  try {
    console.log('mkdir ->', path.relative(D, await fsp.mkdir(path.join(work, 'nested'), { recursive: true })));
    const f = path.join(work, 'nested', 'p.txt');
    console.log('writeFile ->', await fsp.writeFile(f, 'alpha'));
    console.log('appendFile ->', await fsp.appendFile(f, '-beta'));
    console.log('readFile utf8 ->', await fsp.readFile(f, 'utf8'));
    console.log('readFile buffer ->', await fsp.readFile(f));
    const st = await fsp.stat(f);
    console.log('stat ->', st.isFile(), st.size);
    console.log('copyFile ->', await fsp.copyFile(f, path.join(work, 'copy.txt')));
    console.log('rename ->', await fsp.rename(path.join(work, 'copy.txt'), path.join(work, 'moved.txt')));
    console.log('readdir ->', (await fsp.readdir(work)).sort());
    console.log('readdir recursive ->', (await fsp.readdir(work, { recursive: true })).sort());
    console.log('access ->', await fsp.access(f));
    console.log('unlink ->', await fsp.unlink(path.join(work, 'moved.txt')));
    console.log('rm ->', await fsp.rm(work, { recursive: true }));
    console.log('gone', fs.existsSync(work));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
})();
console.log('sync end, the async function is suspended');
