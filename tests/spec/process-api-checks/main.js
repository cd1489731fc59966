// process API checks and values a learner prints: umask, cpuUsage's argument checks, env keys the OS refuses,
// getBuiltinModule, release/features/versions, function names, an unknown signal and uncatchable signals.
console.log(process.release.name, process.release.lts, Object.keys(process.release));
console.log(process.features);
console.log(Object.keys(process.versions).slice(0, 6));
console.log(process.hrtime, process.memoryUsage, process.cwd.name, process.kill.length, process.umask.length);
console.log(typeof process.getBuiltinModule, process.getBuiltinModule('node:path') === require('path'),
  process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('no-such-module'));
try { process.getBuiltinModule(1); } catch (e) { console.log(e.code, e.message); }
console.log(process.umask('027'), process.umask(), process.umask(0o22), process.umask());
for (const v of ['abc', -1, 1.5, '9']) {
  try { process.umask(v); console.log('accepted', v); } catch (e) { console.log(e.code, e.message); }
}
for (const v of [{ user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 0 }, { user: 1, system: -1 }, 5, null]) {
  try { const r = process.cpuUsage(v); console.log('ok', typeof r.user, typeof r.system); } catch (e) { console.log(e.code, e.message); }
}
process.env[''] = 'x';
process.env['A=B'] = 'c';
process.env.GOOD = 'r=s';
console.log(process.env[''], 'A=B' in process.env, process.env.GOOD);
try { process.kill(process.pid, 'SIGTERN'); } catch (e) { console.log(e.code, e.message); }
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try { process.on(sig, () => {}); } catch (e) { console.log(e.message, e.errno, e.code, e.syscall, process.listenerCount(sig)); }
}
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning(123); } catch (e) { console.log(e.code, e.message); }
