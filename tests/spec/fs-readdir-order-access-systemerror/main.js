// readdir recursive order (queue for sync/callback, stack for promises) and name encodings, rmdir('.') EINVAL,
// access X_OK, and node's SystemError for rm/cp of a directory (accessors shown by console.log).
const fs = require('fs');
const d = __dirname + '/rt';
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d + '/a/c/e', { recursive: true }); fs.mkdirSync(d + '/b/d', { recursive: true });
fs.writeFileSync(d + '/a/f1', ''); fs.writeFileSync(d + '/b/f2', ''); fs.writeFileSync(d + '/z', ''); fs.writeFileSync(d + '/é', '');
console.log(fs.readdirSync(d, { recursive: true }));
console.log(fs.readdirSync(d, { recursive: true, withFileTypes: true }).map((e) => e.name));
console.log(fs.readdirSync(d, 'hex'), fs.readdirSync(d, { encoding: 'latin1' }), fs.readdirSync(d, 'base64'));
fs.readdir(d, { recursive: true }, (err, list) => {
  console.log('cb', list);
  fs.promises.readdir(d, { recursive: true }).then((l) => {
    console.log('p', l);
    try { fs.rmdirSync('.'); } catch (e) { console.log(e.code, e.message); }
    fs.mkdirSync(d + '/p/q', { recursive: true }); fs.writeFileSync(d + '/p/q/x', '');
    fs.mkdirSync(d + '/s'); fs.writeFileSync(d + '/s/y', '');
    try { fs.renameSync(d + '/s', d + '/p'); } catch (e) { console.log(e.code, e.message.split(__dirname).join('<dir>')); }
    fs.writeFileSync(d + '/noexec', ''); fs.chmodSync(d + '/noexec', 0o644);
    try { fs.accessSync(d + '/noexec', fs.constants.X_OK); console.log('x ok'); } catch (e) { console.log(e.code, e.message.split(__dirname).join('<dir>')); }
    fs.chmodSync(d + '/noexec', 0o744);
    try { fs.accessSync(d + '/noexec', fs.constants.X_OK); console.log('x ok'); } catch (e) { console.log(e.code); }
    try { fs.accessSync(d, fs.constants.X_OK | fs.constants.W_OK); console.log('dir x ok'); } catch (e) { console.log(e.code); }
    try { fs.cpSync(d + '/a', d + '/a2'); } catch (e) { console.log(e.code, e.message.split(__dirname).join('<dir>')); }
    try { fs.rmSync(d + '/a'); } catch (e) { console.log(String(e.message).split(__dirname).join('<dir>'), Object.keys(e), e.errno, e.syscall); }
    fs.rmSync(d, { recursive: true });
  });
});
