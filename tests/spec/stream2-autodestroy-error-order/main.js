// Error handling order with and without autoDestroy: which of 'error', 'close', 'finish', 'end' fire and in
// what order, for errors from _write, _read, _final and _transform, and destroy(err) vs emit('error').
const { Readable, Writable, Transform } = require('stream');
const tasks = [];
function run(name, make, act) {
  tasks.push(() => new Promise((resolve) => {
    const log = [];
    const s = make();
    for (const ev of ['error', 'close', 'finish', 'end', 'prefinish']) {
      s.on(ev, (e) => log.push(ev + (ev === 'error' ? '(' + e.message + ')' : '')));
    }
    act(s, log);
    setTimeout(() => {
      console.log(name.padEnd(34), log.join(' > '), '| destroyed', s.destroyed, 'errored', !!s.errored);
      resolve();
    }, 5);
  }));
}
for (const autoDestroy of [true, false]) {
  const tag = autoDestroy ? '[auto] ' : '[manual] ';
  run(tag + '_write error', () => new Writable({ autoDestroy, write(c, e, cb) { cb(new Error('w')); } }),
    (s, log) => s.write('x', (err) => log.push('write cb(' + (err && err.message) + ')')));
  run(tag + '_final error', () => new Writable({ autoDestroy, write(c, e, cb) { cb(); }, final(cb) { cb(new Error('f')); } }),
    (s, log) => s.end((err) => log.push('end cb(' + (err && err.message) + ')')));
  run(tag + 'destroy(err) on readable', () => new Readable({ autoDestroy, read() {} }), (s) => s.destroy(new Error('d')));
  run(tag + 'read error via destroy', () => new Readable({ autoDestroy, read() { this.destroy(new Error('r')); } }),
    (s) => s.resume());
  run(tag + 'transform cb error', () => new Transform({ autoDestroy, transform(c, e, cb) { cb(new Error('t')); } }),
    (s) => { s.write('q'); s.resume(); });
  run(tag + 'clean end', () => new Readable({ autoDestroy, read() { this.push(null); } }), (s) => s.resume());
  run(tag + 'clean finish', () => new Writable({ autoDestroy, write(c, e, cb) { cb(); } }), (s) => s.end('x'));
}
run('emit(error) directly', () => new Writable({ write(c, e, cb) { cb(); } }), (s) => s.emit('error', new Error('manual')));
run('emitClose false', () => new Writable({ emitClose: false, write(c, e, cb) { cb(); } }), (s) => s.destroy(new Error('nc')));
run('errors after first are dropped', () => new Readable({ read() {} }), (s) => {
  s.destroy(new Error('first'));
  s.destroy(new Error('second'));
});
(async () => {
  for (const t of tasks) await t();
})();
