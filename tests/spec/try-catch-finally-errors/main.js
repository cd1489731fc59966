// Errors rethrown from a `catch` that has a `finally`, and returns that pass through a `finally` which
// catches something itself: the wrap-and-clean-up patterns of real code.
const fs = require('fs');
const path = require('path');

function processFile(file) {
  const tmp = path.join(__dirname, 'scratch.tmp');
  try {
    fs.writeFileSync(tmp, 'partial');
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`processing failed: ${err.message}`, { cause: err });
  } finally {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    try { fs.unlinkSync(tmp); } catch (e) { console.log('cleanup:', e.code); }
  }
}
fs.writeFileSync(path.join(__dirname, 'bad.json'), '{oops}');
fs.writeFileSync(path.join(__dirname, 'good.json'), '{"ok":true}');
try {
  processFile(path.join(__dirname, 'bad.json'));
  console.log('processFile returned normally');
} catch (e) {
  console.log('caught:', e.message, '| cause:', e.cause.name);
}
console.log('good:', processFile(path.join(__dirname, 'good.json')));

// A return value waiting while the finally catches an error a function threw.
function readOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  } finally {
    try { JSON.parse('{'); } catch { /* ignored */ }
  }
}
console.log('readOr:', readOr(path.join(__dirname, 'good.json')), readOr('missing.txt', 'fallback'));

// Two async functions paused in such a finally at once keep their own errors.
async function task(name) {
  try {
    throw new Error(`${name} failed`);
  } catch (e) {
    throw new Error(`${name}: ${e.message}`);
  } finally {
    await null;
  }
}
async function release() { await null; }
async function transaction() {
  try {
    throw new Error('deadlock');
  } catch (e) {
    throw new Error(`aborted (${e.message})`);
  } finally {
    await release();
    console.log('connection released');
  }
}
Promise.allSettled([task('a'), task('b')]).then((r) => {
  console.log(r.map((x) => `${x.status} ${x.reason ? x.reason.message : x.value}`));
  return transaction();
}).catch((e) => console.log('transaction:', e.message)).then(() => {
  // Generators paused in the finally likewise.
  function* gen(n) {
    try { throw new Error(n); } catch (e) { throw new Error(`${n} failed`); } finally { yield `cleanup ${n}`; }
  }
  const a = gen('a');
  const b = gen('b');
  console.log(a.next().value, b.next().value);
  for (const it of [a, b]) {
    try { console.log(it.next()); } catch (e) { console.log('threw', e.message); }
  }
  for (const f of ['bad.json', 'good.json']) fs.unlinkSync(path.join(__dirname, f));
  // Uncaught, from a finally after a return.
  (function close() {
    try { return 1; } finally { null.release(); }
  })();
});
