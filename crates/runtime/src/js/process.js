//! The `process` object: argv/env/exit codes, nextTick, stdout/stderr, warnings, 'beforeExit' and 'exit'. Node's
//! uncaught-exception and unhandled-rejection logic is in process_errors.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const EventEmitter = internal.modules.events;
  const NODE = host.nodeVersion;

  class Process extends EventEmitter {}
  Object.defineProperty(Process, 'name', { value: 'process' });
  const process = new Process();
  internal.process = process;

  // process.env coerces every assigned value to a string (a Symbol key or value throws), and takes only plain
  // data descriptors, as node's does.
  const envDescriptorError = (message) => internal.errors.withCode(new TypeError(`'process.env' ${message}`),
    'ERR_INVALID_OBJECT_DEFINE_PROPERTY');
  // Its prototype is node's: an object whose constructor is an anonymous function.
  Object.setPrototypeOf(host.env, Object.create(Object.prototype, {
    constructor: { value: (0, function () {}), writable: true, enumerable: false, configurable: true },
  }));
  const env = new Proxy(host.env, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      // (A name the OS refuses, empty or with '=', is dropped, as node's setenv failure is.)
      if (key === '' || key.includes('=')) return true;
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('get' in desc || 'set' in desc) throw envDescriptorError('does not accept an accessor(getter/setter) descriptor');
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw envDescriptorError('only accepts a configurable, writable, and enumerable data descriptor');
      }
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      return Reflect.defineProperty(target, key, Object.assign({}, desc, { value: `${desc.value}` }));
    },
  });
  process.title = 'node';
  process.version = NODE;
  // node 20.20.2's versions; Looplab's own is there too, not enumerable (printing process.versions shows node's).
  process.versions = {
    node: NODE.slice(1), acorn: '8.16.0', ada: '2.9.2', ares: '1.34.6', brotli: '1.1.0', cjs_module_lexer: '2.2.0',
    cldr: '48.0', icu: '78.2', llhttp: '9.3.1', modules: '115', napi: '9', nghttp2: '1.61.0', openssl: '3.0.19',
    simdutf: '6.4.2', tz: '2025c', undici: '6.24.1', unicode: '17.0', uv: '1.46.0', uvwasi: '0.0.23',
    v8: '11.3.244.8-node.38', zlib: '1.3.1-e00f703',
  };
  Object.defineProperty(process.versions, 'looplab', { value: '0.1.0', enumerable: false });
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = {
    name: 'node', lts: 'Iron', sourceUrl: `https://nodejs.org/download/release/${NODE}/node-${NODE}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE}/node-${NODE}-headers.tar.gz`,
  };
  process.pid = 4242;
  process.ppid = 4241;
  process.execPath = '/usr/local/bin/node';
  process.execArgv = [];
  process.argv0 = 'node';
  process.argv = ['/usr/local/bin/node', host.entry].concat(host.argv);
  process.env = env;
  internal.nodeDebugAtStart = host.env.NODE_DEBUG;
  // process.exitCode is node 20's validated accessor: an integer, an integer string, null or undefined.
  let exitCode;
  function validateExitCode(code, via) {
    if (code === null || code === undefined) return;
    const value = typeof code === 'string' && code !== '' && Number.isInteger(+code) ? +code : code;
    let err;
    if (typeof value !== 'number') err = internal.errors.invalidArgType('code', 'number', code);
    else if (!Number.isInteger(value)) err = internal.errors.outOfRange('code', 'an integer', value);
    if (err) {
      const frames = ['process.set [as exitCode] (node:internal/bootstrap/node:123:9)'];
      if (via) frames.push(via);
      internal.errors.nodeFrames(err, ...frames);
      // An assignment's frame points at its `=` in V8.
      if (!via) {
        try {
          const lines = err.stack.split('\n');
          const k = lines.findIndex((l) => l.startsWith('    at ') && !l.includes('(node:'));
          const m = k >= 0 && /^(.*[( ])((?:file:\/\/)?(.*)):(\d+):(\d+)(\)?)$/.exec(lines[k]);
          const src = m && host.sourceLine(m[3], +m[4]);
          const eq = src ? /exitCode\s*=/.exec(src.slice(+m[5] - 1)) : null;
          if (eq) {
            lines[k] = `${m[1]}${m[2]}:${m[4]}:${+m[5] + eq.index + eq[0].length - 1}${m[6]}`;
            internal.setStack(err, lines.join('\n'));
          }
        } catch { /* keep the stack */ }
      }
      throw err;
    }
  }
  Object.defineProperty(process, 'exitCode', {
    configurable: true,
    enumerable: true,
    get() { return exitCode; },
    set(code) { validateExitCode(code); exitCode = code; },
  });
  process._exiting = false;
  process.config = { variables: {} };
  let cwd = host.cwd;
  process.cwd = function wrappedCwd() { return cwd; };
  // chdir resolves against the current directory and checks the target exists and is a directory (errors as
  // node words them: `ENOENT: no such file or directory, chdir '/from' -> 'to'`).
  process.chdir = { wrappedChdir(directory) {
    if (typeof directory !== 'string') throw internal.errors.invalidArgType('directory', 'string', directory);
    const target = internal.pathUtil.normalize(directory.startsWith('/') ? directory : `${cwd}/${directory}`);
    const st = host.fsSync('stat', [target]);
    const code = st[0] !== null ? st[0] : (st[1][1] & 0o170000) !== 0o040000 ? 'ENOTDIR' : null;
    if (code !== null) {
      const desc = { ENOENT: 'no such file or directory', ENOTDIR: 'not a directory', EACCES: 'permission denied' };
      const err = new Error(`${code}: ${desc[code] || 'unknown error'}, chdir '${cwd}' -> '${directory}'`);
      Object.assign(err, { errno: { ENOENT: -2, ENOTDIR: -20, EACCES: -13 }[code] || -1, code, syscall: 'chdir', path: cwd, dest: directory });
      internal.errors.nodeFrames(err, 'process.wrappedChdir [as chdir] (node:internal/bootstrap/switches/does_own_process_state:130:14)');
      throw internal.errors.withArrow(err, 'node:internal/bootstrap/switches/does_own_process_state:130\n  rawMethods.chdir(directory);\n             ^\n');
    }
    cwd = target.length > 1 && target.endsWith('/') ? target.slice(0, -1) : target;
  } }.wrappedChdir;
  // process.loadEnvFile (node 20.12): a .env file's variables, leaving those already set alone.
  process.loadEnvFile = { loadEnvFile(path = undefined) {
    const where = 'process.loadEnvFile (node:internal/process/per_thread:260:7)';
    if (path !== undefined && typeof path !== 'string' && !(path instanceof URL) && !internal.Buffer.isBuffer(path)) {
      throw internal.errors.nodeFrames(internal.errors.invalidArgType('path', 'string or an instance of Buffer or URL', path),
        'process.loadEnvFile (node:internal/process/per_thread:259:14)');
    }
    const file = path === undefined ? '.env' : path instanceof URL ? internal.modules.url.fileURLToPath(path) : String(path);
    const target = internal.pathUtil.normalize(file.startsWith('/') ? file : `${cwd}/${file}`);
    const st = host.fsSync('stat', [target]);
    if (st[0] !== null) {
      const err = new Error(`${st[0]}: ${st[0] === 'ENOENT' ? 'no such file or directory' : 'permission denied'}, open '${file}'`);
      Object.assign(err, { errno: st[0] === 'ENOENT' ? -2 : -13, code: st[0], syscall: 'open', path: file });
      throw internal.errors.nodeFrames(err, where);
    }
    if ((st[1][1] & 0o170000) === 0o040000) {
      // node's binding throws a plain-looking TypeError that carries ERR_INVALID_ARG_TYPE.
      const err = new TypeError(`Contents of '${file}' should be a valid string.`);
      Object.defineProperty(err, 'code', { value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true });
      throw internal.errors.nodeFrames(err, where);
    }
    const parsed = internal.modules.util.parseEnv(internal.modules.fs.readFileSync(target, 'utf8'));
    for (const key of Object.keys(parsed)) if (!Object.prototype.hasOwnProperty.call(host.env, key)) host.env[key] = parsed[key];
  } }.loadEnvFile;
  // The mask is the process's own (the virtual file system does not apply it); node's checks (parseFileMode).
  let mask = 0o22;
  process.umask = { wrappedUmask(value) {
    if (value === undefined) return mask;
    let m = value;
    if (typeof m === 'string') {
      if (!/^[0-7]+$/.test(m)) {
        const e = internal.errors.withCode(new TypeError("The argument 'mask' must be a 32-bit unsigned integer or an octal string. " +
          `Received ${internal.inspect(value)}`), 'ERR_INVALID_ARG_VALUE');
        // (node's error here keeps no frames: util.inspect prints it in brackets.)
        Object.defineProperty(e, 'stack', { value: `${e.name} [${e.code}]: ${e.message}`, writable: true, configurable: true, enumerable: false });
        throw internal.errors.withArrow(e, 'node:internal/validators:74\n      throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);\n      ^\n');
      }
      m = parseInt(m, 8);
    }
    const at = ['parseFileMode (node:internal/validators:79:3)',
      'process.wrappedUmask [as umask] (node:internal/bootstrap/switches/does_own_process_state:137:12)'];
    if (typeof m !== 'number') throw internal.errors.nodeFrames(internal.errors.invalidArgType('mask', 'number', m), ...at);
    if (!Number.isInteger(m)) throw internal.errors.nodeFrames(internal.errors.outOfRange('mask', 'an integer', m), ...at);
    if (m < 0 || m > 4294967295) throw internal.errors.nodeFrames(internal.errors.outOfRange('mask', '>= 0 && <= 4294967295', m), ...at);
    const old = mask;
    mask = m & 0o777;
    return old;
  } }.wrappedUmask;
  process.uptime = function uptime() { return host.now() / 1000; };
  // A built-in module by its id (`fs`, `node:fs`; `node:test` only with its scheme), or undefined.
  process.getBuiltinModule = function getBuiltinModule(id) {
    if (typeof id !== 'string') throw internal.errors.nodeFrames(internal.errors.invalidArgType('id', 'string', id), 'process.getBuiltinModule (node:internal/modules/helpers:356:3)');
    const shared = internal.modulesShared;
    return shared && shared.isBuiltin(id) ? shared.loadBuiltin(id) : undefined;
  };
  // node's handles are not modelled: the refed timers and immediates, as node counts them.
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const [timeouts, immediates] = host.activeTimerCounts();
    return [...new Array(timeouts).fill('Timeout'), ...new Array(immediates).fill('Immediate')];
  };
  let assertWarned = false;
  process.assert = function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.', 'DeprecationWarning', 'DEP0100');
    }
    if (!value) throw internal.errors.withCode(new Error(message || 'assertion error'), 'ERR_ASSERTION');
  };
  process.hrtime = function hrtime(prev) {
    const at = (line, col) => `process.hrtime (node:internal/process/per_thread:${line}:${col})`;
    const ns = host.nowNs();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns % 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw internal.errors.nodeFrames(internal.errors.invalidArgType('time', 'Array', prev), at(73, 5));
      if (prev.length !== 2) {
        throw internal.errors.withArrow(internal.errors.nodeFrames(internal.errors.outOfRange('time', '2', prev.length), at(75, 13)),
          "node:internal/process/per_thread:75\n      throw new ERR_OUT_OF_RANGE('time', 2, time.length);\n      ^\n");
      }
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function hrtimeBigInt() { return BigInt(Math.round(host.nowNs())); };
  // CPU time in microseconds: the virtual clock (the emulated process spends all its time running JavaScript
  // or waiting, and waiting is not modelled as CPU), so `user` is the virtual time so far and `system` 0.
  process.cpuUsage = function cpuUsage(prev) {
    const user = Math.floor(host.nowNs() / 1000);
    if (!prev) return { user, system: 0 };
    // node's checks (lib/internal/process/per_thread.js), in its order.
    const valid = (n) => n <= Number.MAX_SAFE_INTEGER && n >= 0;
    const at = (line, col) => `process.cpuUsage (node:internal/process/per_thread:${line}:${col})`;
    const invalid = (key, line) => internal.errors.withArrow(internal.errors.nodeFrames(internal.errors.withCode(
      new RangeError(`The property 'prevValue.${key}' is invalid. Received ${internal.inspect(prev[key])}`), 'ERR_INVALID_ARG_VALUE'),
    at(line, 15)), `node:internal/process/per_thread:${line}\n        throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.${key}',\n        ^\n`);
    if (!valid(prev.user)) {
      if (typeof prev !== 'object') throw internal.errors.nodeFrames(internal.errors.invalidArgType('prevValue', 'object', prev), at(120, 9));
      if (typeof prev.user !== 'number') throw internal.errors.nodeFrames(internal.errors.invalidArgType('prevValue.user', 'number', prev.user), at(122, 9));
      throw invalid('user', 123);
    }
    if (!valid(prev.system)) {
      if (typeof prev.system !== 'number') throw internal.errors.nodeFrames(internal.errors.invalidArgType('prevValue.system', 'number', prev.system), at(128, 9));
      throw invalid('system', 129);
    }
    return { user: user - prev.user, system: -prev.system || 0 };
  };
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
  process.features = {
    inspector: true, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true,
    get cached_builtins() { return true; }, get require_module() { return true; },
  };
  // node's getrusage() fields: CPU time is the virtual clock (as cpuUsage), maxRSS the measured live bytes in
  // KiB; the emulated process has no page faults, file-system blocks, IPC or context switches to count.
  process.resourceUsage = function resourceUsage() {
    return {
      userCPUTime: Math.floor(host.nowNs() / 1000), systemCPUTime: 0, maxRSS: Math.floor(host.heapBytes() / 1024),
      sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0,
      swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0,
      voluntaryContextSwitches: 0, involuntaryContextSwitches: 0,
    };
  };
  // Live bytes of the whole Looplab process as its counting allocator measures them (0 where the embedder
  // installs no allocator probe); ArrayBuffer/external bytes are not tracked separately yet.
  process.memoryUsage = function memoryUsage() {
    const heap = host.heapBytes();
    return { rss: heap, heapTotal: heap, heapUsed: heap, external: 0, arrayBuffers: 0 };
  };
  process.memoryUsage.rss = function rss() { return host.heapBytes(); };
  // node's uncaught-exception capture (used by domain and REPLs): it replaces the 'uncaughtException' event.
  let captureFn = null;
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      captureFn = null;
      return;
    }
    if (typeof fn !== 'function') throw internal.errors.invalidArgType('fn', 'function or null', fn);
    if (captureFn !== null) {
      throw internal.errors.withCode(new Error('`process.setupUncaughtExceptionCapture()` was called while a capture ' +
        'callback was already active'), 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET');
    }
    captureFn = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return captureFn !== null;
  };
  internal.uncaughtCapture = () => captureFn;
  // lib/internal/process/warning.js's emitWarning(warning, type | options, code, ctor).
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') {
      throw internal.errors.nodeFrames(internal.errors.invalidArgType('type', 'string', type), 'process.emitWarning (node:internal/process/warning:166:5)');
    }
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    } else if (code !== undefined && typeof code !== 'string') {
      throw internal.errors.invalidArgType('code', 'string', code);
    }
    let w = warning;
    if (typeof w === 'string') {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      w = new Error(w);
      Error.stackTraceLimit = limit;
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      internal.captureLenient(w, ctor || process.emitWarning);
    } else if (!(w instanceof Error)) {
      const err = internal.errors.invalidArgType('warning', 'string or an instance of Error', w);
      internal.errors.withArrow(err, "node:internal/process/warning:176\n    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);\n    ^\n");
      throw internal.errors.nodeFrames(err, 'process.emitWarning (node:internal/process/warning:176:11)');
    }
    // As node: deprecations are dropped (noDeprecation) or thrown (throwDeprecation) as they are emitted.
    if (w.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) {
        process.nextTick(() => {
          internal.lastThrow = null;
          internal.errors.withArrow(w, 'node:internal/process/warning:185\n        throw warning;\n        ^\n');
          throw w;
        });
        return;
      }
    }
    process.nextTick(__ll_doEmitWarning, w);
  };
  // node's doEmitWarning, queued with the warning as its argument (stack.js shows node's frame for it).
  function __ll_doEmitWarning(warning) {
    process.emit('warning', warning);
  }
  // Node's own printer (lib/internal/process/warning.js) is the first 'warning' listener, a real one: it
  // prints before user listeners run and `removeAllListeners('warning')` silences it.
  let warnedOnce = false;
  function onWarning(w) {
    if (!(w instanceof Error)) return;
    const deprecation = w.name === 'DeprecationWarning';
    if (deprecation && process.noDeprecation) return;
    const trace = process.traceProcessWarnings || (deprecation && process.traceDeprecation);
    let text = `(node:${process.pid}) ${w.code ? `[${w.code}] ` : ''}`;
    text += trace && w.stack ? `${w.stack}` : typeof w.toString === 'function' ? `${w.toString()}` : Error.prototype.toString.call(w);
    if (typeof w.detail === 'string') text += `\n${w.detail}`;
    if (!trace && !warnedOnce) {
      warnedOnce = true;
      const flag = deprecation ? '--trace-deprecation' : '--trace-warnings';
      text += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    }
    // node's warning printer calls the global console's `error`, as it was when the first warning printed.
    (warningOut ??= internal.modules.console.error)(text);
  }
  let warningOut;
  // node's signal-handle bookkeeping listeners (signals here are delivered by process.kill, which reads the
  // listener count), present so that process.eventNames()/listeners() read as node's.
  // SIGKILL and SIGSTOP cannot be caught: libuv's uv_signal_start refuses them, and node throws.
  process.on('newListener', function startListeningIfSignal(type) {
    if (type !== 'SIGKILL' && type !== 'SIGSTOP') return;
    const err = new Error('uv_signal_start EINVAL');
    Object.assign(err, { errno: -22, code: 'EINVAL', syscall: 'uv_signal_start' });
    internal.errors.withArrow(err, "node:internal/process/signal:36\n      throw new ErrnoException(err, 'uv_signal_start');\n      ^\n");
    // (The runtime's own emit frame gives way to node's emit and addListener frames.)
    const lines = String(err.stack).split('\n');
    const k = lines.findIndex((l) => / \(node:events:\d+:\d+\)$/.test(l));
    if (k > 0) internal.setStack(err, [lines[0], ...lines.slice(k + 1)].join('\n'));
    throw internal.errors.nodeFrames(err, 'process.startListeningIfSignal (node:internal/process/signal:36:13)',
      'process.emit (node:events:536:35)', '_addListener (node:events:567:14)', 'process.addListener (node:events:616:10)');
  });
  process.on('removeListener', function stopListeningIfSignal() {});
  process.on('warning', onWarning);
  // node's own warnings go through `process.emitWarning` as it is when they happen (a program may replace it).
  internal.emitWarning = (...args) => process.emitWarning(...args);
  // A warning node emits while its (asynchronous) ESM loader works, i.e. before the module evaluates.
  internal.warnNow = function warnNow(message, code) {
    const w = new Error(message);
    w.name = 'Warning';
    w.code = code;
    process.emit('warning', w);
  };

  process.nextTick = function nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      throw internal.errors.nodeFrames(internal.errors.invalidArgType('callback', 'function', callback),
        'process.nextTick (node:internal/process/task_queues:104:3)');
    }
    if (process._exiting) return;
    const id = host.nextTick(callback, args);
    if (internal.asyncHooksOn) internal.asyncInit(id, 'TickObject', { callback, args });
  };

  // When the loop runs dry, 'exit' and 'beforeExit' get the code as an integer (node emits them from C++), even
  // after `process.exitCode = '7'`; process.exit() passes process.exitCode on as it is (JavaScript in node).
  function exitCodeNumber() {
    return process.exitCode === undefined || process.exitCode === null ? 0 : Number(process.exitCode) | 0;
  }
  // (Any argument, even undefined, replaces process.exitCode, as node 20's.)
  process.exit = function exit(code) {
    if (arguments.length !== 0) {
      if (code !== undefined) validateExitCode(code, 'process.exit (node:internal/process/per_thread:179:24)');
      process.exitCode = code;
    }
    if (!process._exiting) {
      process._exiting = true;
      host.traceProcessEvent('exit');
      internal.emitVia.exit(() => process.emit('exit', process.exitCode || 0));
    }
    host.reallyExit(exitStatus(process.exitCode));
  };
  // The status the OS sees: the low 8 bits (`process.exit(263)` exits with 7, -1 with 255).
  const exitStatus = (code) => (code | 0) & 0xff;
  internal.exitStatus = exitStatus;
  process.reallyExit = (code) => host.reallyExit(exitStatus(code));
  process.abort = function abort() { host.write(2, 'Aborted\n'); host.reallyExit(134); };
  // Signals to the process itself: a listened-for one is delivered in the poll phase as node's signal handle
  // would (`process.on('SIGUSR2', (name, number) => ...)`); an unhandled one takes its default action: most end
  // the process at once with 128 + the signal's number (no 'exit' event), a few are ignored. Other pids: ESRCH.
  const SIGNALS = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
    SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16,
    SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
    SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  };
  const IGNORED = new Set([17, 18, 19, 20, 21, 22, 23, 28]);
  process.kill = function kill(pid, sig) {
    if (sig === undefined) sig = 'SIGTERM';
    if (typeof pid !== 'number' || pid !== pid) throw internal.errors.invalidArgType('pid', 'number', pid);
    let num = sig;
    if (typeof sig === 'string') {
      num = Object.prototype.hasOwnProperty.call(SIGNALS, sig) ? SIGNALS[sig] : undefined;
      if (num === undefined) {
        const err = internal.errors.withCode(new TypeError(`Unknown signal: ${sig}`), 'ERR_UNKNOWN_SIGNAL');
        internal.errors.withArrow(err, 'node:internal/process/per_thread:220\n        throw new ERR_UNKNOWN_SIGNAL(sig);\n        ^\n');
        throw internal.errors.nodeFrames(err, 'process.kill (node:internal/process/per_thread:220:15)');
      }
    } else if (typeof sig !== 'number') {
      throw internal.errors.invalidArgType('signal', 'number', sig);
    }
    if (pid !== process.pid && pid !== 0) {
      const err = new Error('kill ESRCH');
      Object.assign(err, { errno: -3, code: 'ESRCH', syscall: 'kill' });
      throw err;
    }
    if (num === 0) return true;
    const name = Object.keys(SIGNALS).find((k) => SIGNALS[k] === num);
    if (num !== 9 && num !== 19 && name !== undefined && process.listenerCount(name) > 0) {
      internal.modules.fs.access('/', () => internal.emitVia.signal(() => process.emit(name, name, num)));
      return true;
    }
    if (!IGNORED.has(num)) host.reallyExit(128 + num);
    return true;
  };
  // Looplab runs as root: uid, gid and groups 0.
  for (const k of ['getuid', 'geteuid', 'getgid', 'getegid']) process[k] = { [k]() { return 0; } }[k];
  process.getgroups = function getgroups() { return [0]; };

  // process.stdout / process.stderr are Writable streams (fs_streams.js), made on first access.
  // They stay accessors (Boa inline-cache bug, see bootstrap.js lazyAccessor); `internal.stdio` holds what they
  // currently are, so console output can go through a user's replacement (process.stdout.write = ...).
  internal.stdio = { 0: undefined, 1: undefined, 2: undefined };
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: true,
    get() {
      if (internal.stdio[0] === undefined) {
        internal.loadStreams();
        internal.stdio[0] = internal.makeStdin();
      }
      return internal.stdio[0];
    },
    set(v) { internal.stdio[0] = v; },
  });
  // The old way to read stdin (still in node 20, without a warning).
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (internal.stdio[fd] === undefined) {
          internal.loadStreams();
          internal.stdio[fd] = internal.makeStdioStream(fd);
        }
        return internal.stdio[fd];
      },
      set(v) { internal.stdio[fd] = v; },
    });
  }

  function emitBeforeExit() {
    if (process._exiting) return;
    host.traceProcessEvent('beforeExit');
    process.emit('beforeExit', exitCodeNumber());
  }
  // `unsettled`: an ES module entry's top-level await never settled; node then sets exit code 13 (after
  // computing the code it passes to 'exit' listeners).
  function emitExit(unsettled) {
    if (!process._exiting) {
      process._exiting = true;
      host.traceProcessEvent('exit');
      const code = exitCodeNumber();
      if (unsettled && (process.exitCode === undefined || process.exitCode === null)) process.exitCode = 13;
      process.emit('exit', code);
    }
    return process.exitCode === undefined ? 0 : exitStatus(process.exitCode);
  }

  internal.hooks.emitBeforeExit = emitBeforeExit;
  internal.hooks.emitExit = emitExit;
  internal.hooks.exitCodeNow = () => (process.exitCode === undefined ? 0 : exitStatus(process.exitCode));
  internal.modules.process = process;
})
