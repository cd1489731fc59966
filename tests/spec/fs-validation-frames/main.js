// fs sync calls whose arguments fail node's checks carry node's frames (`Object.openSync` under
// `Object.readFileSync`, getOptions / assertEncoding), named by how the call was made; fd checks made by node's
// binding keep the code out of the header.
const fs = require('fs');
const { readFileSync, mkdirSync } = require('fs');
const rel = (s) => String(s).split(__dirname).join('.');
const show = (f) => {
  try { f(); } catch (e) { console.log(rel(e.stack.split('\n').slice(0, 4).join('\n'))); }
};
show(() => fs.readFileSync(undefined));
show(() => fs.readFileSync(undefined, 'utf8'));
show(() => fs.readFileSync('x', 'utf9'));
show(() => fs.readFileSync('x', 5));
show(() => fs.readFileSync('x', { flag: 'zz' }));
show(() => fs.readFileSync('a\0b'));
show(() => fs.writeFileSync(undefined, 'x'));
show(() => fs.writeFileSync(undefined, Buffer.alloc(1)));
show(() => fs.writeFileSync('never-written.txt', 5.5));
show(() => fs.appendFileSync('never-written.txt'));
show(() => fs.mkdirSync(5));
show(() => fs.mkdirSync('x', { recursive: 5 }));
show(() => fs.statSync(5));
show(() => fs.readdirSync('.', 'utf9'));
show(() => fs.renameSync('x', 5));
show(() => fs.copyFileSync('x', 5));
show(() => fs.rmSync('x', { recursive: 5 }));
show(() => fs.readlinkSync(5));
show(() => fs.readSync('x'));
show(() => fs.closeSync('x'));
show(() => fs.fstatSync(-1));
show(() => readFileSync(undefined));
show(() => mkdirSync(5));
console.log(fs.existsSync(5), fs.existsSync('never-written.txt'));
fs.writeFileSync('never-written.txt');
