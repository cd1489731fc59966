// The frames under an fs callback: node's request completion (FSReqCallback.oncomplete and friends), by call and outcome.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-frames');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const a = path.join(dir, 'a.txt');
fs.writeFileSync(a, 'hi');
const show = (label) => function userCb() {
  const lines = new Error('x').stack.split('\n').slice(2).map((l) => l.split(__dirname).join('<dir>'));
  console.log(`${label}: ${lines.join(' | ')}`);
};
const steps = [
  (next) => fs.stat(a, (...r) => { show('stat ok')(...r); next(); }),
  (next) => fs.stat(path.join(dir, 'nope'), (...r) => { show('stat err')(...r); next(); }),
  (next) => fs.readFile(a, 'utf8', (...r) => { show('readFile ok')(...r); next(); }),
  (next) => fs.readFile(path.join(dir, 'nope'), (...r) => { show('readFile open err')(...r); next(); }),
  (next) => fs.readFile(dir, (...r) => { show('readFile dir')(...r); next(); }),
  (next) => fs.writeFile(path.join(dir, 'b.txt'), 'x', (...r) => { show('writeFile ok')(...r); next(); }),
  (next) => fs.writeFile(path.join(dir, 'no/b.txt'), 'x', (...r) => { show('writeFile err')(...r); next(); }),
  (next) => fs.readdir(dir, (...r) => { show('readdir')(...r); next(); }),
  (next) => fs.read(fs.openSync(a), Buffer.alloc(2), 0, 2, 0, (...r) => { show('read')(...r); next(); }),
  (next) => fs.write(fs.openSync(path.join(dir, 'b.txt'), 'w'), 'y', (...r) => { show('write')(...r); next(); }),
  (next) => fs.exists(a, (...r) => { show('exists')(...r); next(); }),
  (next) => fs.truncate(a, (...r) => { show('truncate')(...r); next(); }),
  (next) => fs.realpath(a, (...r) => { show('realpath')(...r); next(); }),
  (next) => fs.rm(path.join(dir, 'nope'), (...r) => { show('rm err')(...r); next(); }),
  (next) => fs.rm(dir, { recursive: true }, (...r) => { show('rm dir')(...r); next(); }),
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
