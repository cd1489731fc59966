//! The `process` object: argv/env/exit codes, nextTick, stdout/stderr, warnings, and Node's uncaught-exception
//! and unhandled-rejection logic (ported from lib/internal/process/{execution,promises}.js).
(function (internal) {
  'use strict';
  const host = internal.host;
  const EventEmitter = internal.modules.events;
  const NODE = host.nodeVersion;

  class Process extends EventEmitter {}
  Object.defineProperty(Process, 'name', { value: 'process' });
  const process = new Process();
  internal.process = process;

  const env = host.env;
  process.title = 'node';
  process.version = NODE;
  process.versions = { node: NODE.slice(1), v8: '11.3.244.8-node.33', uv: '1.46.0', modules: '115', looplab: '0.1.0' };
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'node', lts: 'Iron' };
  process.pid = 4242;
  process.ppid = 4241;
  process.execPath = '/usr/local/bin/node';
  process.execArgv = [];
  process.argv0 = 'node';
  process.argv = ['/usr/local/bin/node', host.entry].concat(host.argv);
  process.env = env;
  process.exitCode = undefined;
  process._exiting = false;
  process.config = { variables: {} };
  let cwd = host.cwd;
  process.cwd = function cwd_() { return cwd; };
  process.chdir = function chdir(dir) { cwd = String(dir); };
  process.umask = function umask() { return 0o22; };
  process.uptime = function uptime() { return host.now() / 1000; };
  process.hrtime = function hrtime(prev) {
    const ns = host.nowNs();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns % 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw internal.errors.invalidArgType('time', 'Array', prev);
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function bigint() { return BigInt(Math.round(host.nowNs())); };
  process.features = { inspector: false };
  process.emitWarning = function emitWarning(warning, type, code) {
    let name = 'Warning';
    if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
    if (typeof type === 'string') name = type;
    let w = warning;
    if (typeof w === 'string') {
      w = new Error(w);
      w.name = name;
      if (code !== undefined) w.code = code;
    }
    process.nextTick(() => {
      if (!process.emit('warning', w) || true) printWarning(w);
    });
  };
  let warnedOnce = false;
  function printWarning(w) {
    if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
    const code = w.code ? `[${w.code}] ` : '';
    let text = `(node:${process.pid}) ${code}${w.name}: ${w.message}\n`;
    if (!warnedOnce) {
      warnedOnce = true;
      const flag = w.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
    }
    host.write(2, text);
  }
  internal.emitWarning = process.emitWarning;

  process.nextTick = function nextTick(callback, ...args) {
    if (typeof callback !== 'function') throw internal.errors.invalidArgType('callback', 'function', callback);
    if (process._exiting) return;
    host.nextTick(callback, args);
  };

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      host.traceProcessEvent('exit');
      process.emit('exit', process.exitCode | 0);
    }
    host.reallyExit(process.exitCode | 0);
  };
  process.reallyExit = (code) => host.reallyExit(code | 0);
  process.abort = function abort() { host.write(2, 'Aborted\n'); host.reallyExit(134); };
  process.kill = function kill() { return true; };

  function makeStdio(fd) {
    const s = new EventEmitter();
    s.fd = fd;
    s.isTTY = false;
    s.writable = true;
    s.write = function write(chunk, encoding, cb) {
      if (typeof encoding === 'function') { cb = encoding; }
      let text;
      if (typeof chunk === 'string') text = chunk;
      else if (chunk instanceof Uint8Array) text = host.utf8Decode(chunk);
      else throw internal.errors.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
      host.write(fd, text);
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    };
    s.end = function end(chunk, encoding, cb) { if (chunk != null && typeof chunk !== 'function') s.write(chunk, encoding); return s; };
    s.cork = () => {};
    s.uncork = () => {};
    s.setDefaultEncoding = () => s;
    return s;
  }
  process.stdout = makeStdio(1);
  process.stderr = makeStdio(2);
  process.stdin = new EventEmitter();
  process.stdin.fd = 0;
  process.stdin.isTTY = false;

  // ---- uncaught exceptions (lib/internal/process/execution.js) ----
  function noop() {}
  function errorStack(err) {
    try { return err.stack; } catch { return undefined; }
  }
  function userFrame(stack) {
    if (typeof stack !== 'string') return undefined;
    const lines = stack.split('\n');
    for (const line of lines) {
      const m = /^\s+at (?:.*?\()?(\/[^():]*|[^():]+\.[cm]?js):(\d+):(\d+)\)?$/.exec(line);
      if (m && !m[1].startsWith('node:')) return { file: m[1], line: +m[2], column: +m[3] };
    }
    return undefined;
  }
  function arrow(err) {
    const loc = userFrame(errorStack(err));
    if (!loc) return '';
    const src = host.sourceLine(loc.file, loc.line);
    if (src === undefined) return `${loc.file}:${loc.line}\n\n`;
    let col = loc.column - 1;
    const before = src.slice(0, col);
    const t = before.lastIndexOf('throw ');
    if (t !== -1 && /^\s*(new\s+)?$/.test(before.slice(t + 6))) col = t;
    return `${loc.file}:${loc.line}\n${src}\n${' '.repeat(Math.max(0, col))}^\n\n`;
  }
  function isErrorLike(e) {
    return typeof e === 'object' && e !== null && Object.prototype.hasOwnProperty.call(e, 'stack');
  }
  function printFatal(err) {
    let text;
    if (err instanceof Error || internal.isError(err)) {
      text = arrow(err) + internal.inspect(err);
    } else {
      text = '\nUncaught ' + internal.inspect(err);
      text = `${internal.inspect(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
      text = '\n' + text;
    }
    host.write(2, `${text}\n\nNode.js ${NODE}\n`);
  }
  internal.printFatal = printFatal;

  function onUncaught(err, origin) {
    const hasHandler = process.listenerCount('uncaughtException') > 0;
    let message;
    try { message = internal.isError(err) ? String(err.stack || err).split('\n')[0] : internal.inspect(err); } catch { message = '?'; }
    host.traceUncaught(origin, message, hasHandler);
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (hasHandler) {
      try {
        process.emit('uncaughtException', err, origin);
      } catch (er2) {
        try {
          if (!process._exiting) { process._exiting = true; process.exitCode = 7; process.emit('exit', 7); }
        } catch { /* nothing to do */ }
        printFatal(er2);
        host.reallyExit(7);
      }
      internal.timers.setImmediate(noop);
      return true;
    }
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        host.traceProcessEvent('exit');
        process.emit('exit', 1);
      }
    } catch { /* nothing to do */ }
    printFatal(err);
    const code = process.exitCode === undefined ? 1 : process.exitCode | 0;
    host.reallyExit(code);
    return false;
  }

  // ---- promise rejections (lib/internal/process/promises.js, mode "throw") ----
  const maybeUnhandled = new WeakMap();
  const pendingUnhandled = [];
  const asyncHandled = [];
  let lastPromiseId = 0;
  function onRejection(op, promise, reason) {
    if (op === 'reject') {
      maybeUnhandled.set(promise, { reason, uid: ++lastPromiseId, warned: false });
      pendingUnhandled.push(promise);
      return true;
    }
    const info = maybeUnhandled.get(promise);
    if (info !== undefined) {
      maybeUnhandled.delete(promise);
      if (info.warned) {
        asyncHandled.push({ promise, uid: info.uid });
        return true;
      }
    }
    return false;
  }
  function unhandledRejectionError(reason) {
    const message = 'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      internal.inspect(reason) + '".';
    const err = new Error(message);
    err.name = 'UnhandledPromiseRejection';
    Object.defineProperty(err, 'stack', {
      value: `UnhandledPromiseRejection: ${message}\n` +
        '    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n' +
        '    at processPromiseRejections (node:internal/process/promises:470:17)\n' +
        '    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)',
      writable: true, configurable: true, enumerable: false,
    });
    err.code = 'ERR_UNHANDLED_REJECTION';
    err[internal.kSyntheticRejection] = true;
    return err;
  }
  internal.kSyntheticRejection = Symbol('looplab.syntheticRejection');
  function processRejections() {
    let maybeScheduled = asyncHandled.length > 0;
    while (asyncHandled.length > 0) {
      const { promise, uid } = asyncHandled.shift();
      if (!process.emit('rejectionHandled', promise)) {
        process.emitWarning(`Promise rejection was handled asynchronously (rejection id: ${uid})`,
          'PromiseRejectionHandledWarning');
      }
    }
    let len = pendingUnhandled.length;
    while (len--) {
      const promise = pendingUnhandled.shift();
      const info = maybeUnhandled.get(promise);
      if (info === undefined) continue;
      info.warned = true;
      const { reason } = info;
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) {
        const err = isErrorLike(reason) || internal.isError(reason) ? reason : unhandledRejectionError(reason);
        onUncaught(err, 'unhandledRejection');
      }
      maybeScheduled = true;
    }
    return maybeScheduled || pendingUnhandled.length !== 0;
  }

  function emitBeforeExit() {
    if (process._exiting) return;
    host.traceProcessEvent('beforeExit');
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode | 0);
  }
  function emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      host.traceProcessEvent('exit');
      process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode | 0);
    }
    return process.exitCode === undefined ? 0 : process.exitCode | 0;
  }

  internal.hooks.onUncaught = onUncaught;
  internal.hooks.onRejection = onRejection;
  internal.hooks.processRejections = processRejections;
  internal.hooks.emitBeforeExit = emitBeforeExit;
  internal.hooks.emitExit = emitExit;
  internal.modules.process = process;
})
