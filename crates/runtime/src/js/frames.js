//! Where node's frames come from, kept out of call-span instrumentation (so flame charts and virtual time do not
//! see them): the trampolines the Rust loop calls timer, immediate and nextTick callbacks through, whose frames
//! bootstrap.js's `mapFrames` turns into node's (`listOnTimeout` ...); and the sites of node 20.20's lib/fs.js
//! that a synchronous fs error shows above the caller's frames (`at Object.openSync (node:fs:573:18)` ...) and,
//! uncaught, as its source line (`node:fs:573` / `  return binding.open(`) instead of the user's line.
(function (internal) {
  'use strict';
  // Callbacks of the timers, check and nextTick queues run through these (`callQueued`, from the Rust loop).
  function __ll_timer0(f, t) { return f.call(t); }
  function __ll_timerArgs(f, t, args) { return f.apply(t, args); }
  function __ll_immediate0(f, t) { return f.call(t); }
  function __ll_immediateArgs(f, t, args) { return f.apply(t, args); }
  function __ll_tick0(f, t) { return f.call(t); }
  function __ll_tick1(f, t, args) { return f.apply(t, args); }
  function __ll_tick2(f, t, args) { return f.apply(t, args); }
  function __ll_tick3(f, t, args) { return f.apply(t, args); }
  function __ll_tick4(f, t, args) { return f.apply(t, args); }
  function __ll_tickN(f, t, args) { return f.apply(t, args); }
  const TICKS = [__ll_tick0, __ll_tick1, __ll_tick2, __ll_tick3, __ll_tick4];
  internal.hooks.callQueued = function callQueued(queue, f, t, args) {
    const n = args.length;
    if (queue === 'timers') return n === 0 ? __ll_timer0(f, t) : __ll_timerArgs(f, t, args);
    if (queue === 'check') return n === 0 ? __ll_immediate0(f, t) : __ll_immediateArgs(f, t, args);
    return n < TICKS.length ? TICKS[n](f, t, args) : __ll_tickN(f, t, args);
  };
  const fs = internal.modules.fs;
  // [syscall the error names, frames, arrow]; `utf8` variants are node's fast path for string data/encoding.
  const open = ['open', ['    at Object.openSync (node:fs:573:18)'], 'node:fs:573\n  return binding.open(\n                 ^\n'];
  const SITES = {
    readFileSync: (args) => (isUtf8(args[1])
      ? ['open', ['    at Object.readFileSync (node:fs:448:20)'],
        'node:fs:448\n    return binding.readFileUtf8(path, stringToFlags(options.flag));\n                   ^\n']
      : ['open', [open[1][0], '    at Object.readFileSync (node:fs:452:35)'], open[2]]),
    writeFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true) ? writeUtf8 : null),
    appendFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true)
      ? ['open', [writeUtf8[1][0], '    at Object.appendFileSync (node:fs:2461:6)'], writeUtf8[2]] : null),
    openSync: () => open,
    readdirSync: () => ['scandir', ['    at Object.readdirSync (node:fs:1521:26)'],
      'node:fs:1521\n  const result = binding.readdir(\n                         ^\n'],
    statSync: () => ['stat', ['    at Object.statSync (node:fs:1681:25)'],
      'node:fs:1681\n  const stats = binding.stat(\n                        ^\n'],
    lstatSync: () => ['lstat', ['    at Object.lstatSync (node:fs:1656:25)'],
      'node:fs:1656\n  const stats = binding.lstat(\n                        ^\n'],
    mkdirSync: () => ['mkdir', ['    at Object.mkdirSync (node:fs:1386:26)'],
      'node:fs:1386\n  const result = binding.mkdir(\n                         ^\n'],
    unlinkSync: () => ['unlink', ['    at Object.unlinkSync (node:fs:1889:11)'],
      'node:fs:1889\n  binding.unlink(path);\n          ^\n'],
    renameSync: () => ['rename', ['    at Object.renameSync (node:fs:1032:11)'], 'node:fs:1032\n  binding.rename(\n          ^\n'],
    rmdirSync: () => ['rmdir', ['    at Object.rmdirSync (node:fs:1214:11)'],
      'node:fs:1214\n  binding.rmdir(pathModule.toNamespacedPath(path));\n          ^\n'],
    accessSync: () => ['access', ['    at Object.accessSync (node:fs:244:11)'],
      'node:fs:244\n  binding.access(pathModule.toNamespacedPath(path), mode);\n          ^\n'],
    copyFileSync: () => ['copyfile', ['    at Object.copyFileSync (node:fs:3047:11)'], 'node:fs:3047\n  binding.copyFile(\n          ^\n'],
  };
  const writeUtf8 = ['open', ['    at Object.writeFileSync (node:fs:2380:20)'],
    'node:fs:2380\n    return binding.writeFileUtf8(\n                   ^\n'];
  function isUtf8(options, byDefault = false) {
    const enc = typeof options === 'string' ? options : options && typeof options === 'object' ? options.encoding : undefined;
    if (enc === undefined || enc === null) return byDefault;
    return enc === 'utf8' || enc === 'utf-8';
  }
  for (const name of Object.keys(SITES)) {
    const inner = fs[name];
    const site = SITES[name];
    const outer = { [name](...args) {
      try {
        return inner.apply(this, args);
      } catch (err) {
        const where = err !== null && typeof err === 'object' && typeof err.errno === 'number' ? site(args) : null;
        if (where && err.syscall === where[0]) place(err, where[1], where[2]);
        throw err;
      }
    } }[name];
    Object.defineProperty(outer, 'length', { value: inner.length });
    fs[name] = outer;
  }
  // The stack before any placement: appendFileSync's frames replace those of the writeFileSync it calls.
  const kBefore = Symbol('stackBeforeSites');
  function place(err, frames, arrow) {
    if (!Object.prototype.hasOwnProperty.call(err, kBefore)) {
      Object.defineProperty(err, kBefore, { value: String(err.stack), configurable: true, enumerable: false });
    }
    const lines = err[kBefore].split('\n');
    lines.splice(1, 0, ...frames);
    const limit = Error.stackTraceLimit;
    const kept = typeof limit === 'number' && limit >= 0 ? lines.slice(0, limit + 1) : lines;
    Object.defineProperty(err, 'stack', { value: kept.join('\n'), writable: true, configurable: true, enumerable: false });
    Object.defineProperty(err, internal.kArrow, { value: arrow, writable: true, configurable: true, enumerable: false });
  }
})
