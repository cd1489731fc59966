// fs.readFile/writeFile (callback and promises) honour the signal option: aborted before, or while the work runs.
const fs = require('fs');
const ac = new AbortController();
fs.readFile(__filename, { signal: ac.signal }, (e, d) => console.log('readFile', e && e.name, e && e.code, e && e.message, d === undefined));
ac.abort();
const ac2 = new AbortController(); ac2.abort('why');
fs.readFile(__filename, { signal: ac2.signal }, (e) => console.log('pre-aborted', e.name, e.code, e.cause));
const ac3 = new AbortController();
fs.writeFile(__dirname + '/w.txt', 'data', { signal: ac3.signal }, (e) => { console.log('writeFile', e && e.name); try { fs.unlinkSync(__dirname + '/w.txt'); } catch {} });
ac3.abort();
const ac4 = new AbortController(); ac4.abort();
fs.promises.readFile(__filename, { signal: ac4.signal }).catch((e) => console.log('promise', e.name, e.code, e.message));
const ac6 = new AbortController(); ac6.abort();
fs.promises.writeFile(__dirname + '/w2.txt', 'x', { signal: ac6.signal }).catch((e) => console.log('pw', e.name, fs.existsSync(__dirname + '/w2.txt')));
