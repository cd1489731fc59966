//! Where node's frames come from, kept out of call-span instrumentation (so flame charts and virtual time do not
//! see them): the trampolines the Rust loop calls timer, immediate and nextTick callbacks through, whose frames
//! stack.js's `mapFrames` turns into node's (`listOnTimeout` ...); and the sites of node 20.20's lib/fs.js
//! that a synchronous fs error shows above the caller's frames (`at Object.openSync (node:fs:573:18)` ...) and,
//! uncaught, as its source line (`node:fs:573` / `  return binding.open(`) instead of the user's line; and the
//! frames V8 shows for built-ins that call user code (`Array.map (<anonymous>)`) and for direct-eval code.
(function (internal) {
  'use strict';
  const TIMERS = '    at process.processTimers (node:internal/timers:519:7)';
  const TICK_QUEUE = (at) => `    at process.processTicksAndRejections (node:internal/process/task_queues:${at})`;
  const RUN_NEXT_TICKS = (at) => `    at runNextTicks (node:internal/process/task_queues:${at})`;
  // The callers of runNextTicks() in node's timer code, by site (engine/drain.rs): between two timers of one
  // list, between two lists, between two immediates.
  const DRAIN_SITES = {
    list: ['    at listOnTimeout (node:internal/timers:545:9)', TIMERS],
    timers: ['    at process.processTimers (node:internal/timers:516:9)'],
    immediate: ['    at process.processImmediate (node:internal/timers:454:9)'],
  };
  const FS_DONE = '    at FSReqCallback.oncomplete (node:fs:187:23)';
  const FS_STAT_ERR = '    at FSReqCallback.oncomplete (node:fs:197:21)';
  // The frames node shows under a callback that one of frames.js's trampolines ran, by trampoline name:
  // [receiver class, property (to name the callback's frame `Timeout.f [as _onTimeout]`), node's frames, and
  // whether stack.js's mapFrames keeps scanning below (a drain that ran it may add more)].
  internal.queueFrames = {
    __ll_timer0: ['Timeout', '_onTimeout', ['    at listOnTimeout (node:internal/timers:581:17)', TIMERS]],
    __ll_timerArgs: ['Timeout', '_onTimeout', ['    at listOnTimeout (node:internal/timers:583:11)', TIMERS]],
    __ll_immediate0: ['Immediate', '_onImmediate', ['    at process.processImmediate (node:internal/timers:483:21)']],
    __ll_immediateArgs: ['Immediate', '_onImmediate', ['    at process.processImmediate (node:internal/timers:485:21)']],
    // A bound callback (`this.tick.bind(this)`): V8's frame is the target's, on the bound receiver (`Clock.tick`).
    __ll_timerBound0: [null, null, ['    at listOnTimeout (node:internal/timers:581:17)', TIMERS]],
    __ll_timerBoundArgs: [null, null, ['    at listOnTimeout (node:internal/timers:583:11)', TIMERS]],
    __ll_immediateBound0: [null, null, ['    at process.processImmediate (node:internal/timers:483:21)']],
    __ll_immediateBoundArgs: [null, null, ['    at process.processImmediate (node:internal/timers:485:21)']],
    // The scan goes on below a tick or a drain: node's timer code may have called runNextTicks() (`__ll_in*`).
    __ll_tick0: [null, null, [TICK_QUEUE('77:11')], true],
    __ll_tick1: [null, null, [TICK_QUEUE('81:21')], true],
    __ll_tick2: [null, null, [TICK_QUEUE('82:21')], true],
    __ll_tick3: [null, null, [TICK_QUEUE('83:21')], true],
    __ll_tick4: [null, null, [TICK_QUEUE('84:21')], true],
    __ll_tickN: [null, null, [TICK_QUEUE('85:22')], true],
    // Microtasks run by processTicksAndRejections' runMicrotasks(); a queueMicrotask callback's AsyncResource
    // frames come first (and the scan goes on to find which drain ran it).
    __ll_runMicrotasks: [null, null, [TICK_QUEUE('95:5')], true],
    // Microtasks run by runNextTicks() itself (no tick queued), between two timers or two immediates.
    __ll_rntList: [null, null, [RUN_NEXT_TICKS('60:5'), ...DRAIN_SITES.list]],
    __ll_rntTimers: [null, null, [RUN_NEXT_TICKS('60:5'), ...DRAIN_SITES.timers]],
    __ll_rntImmediate: [null, null, [RUN_NEXT_TICKS('60:5'), ...DRAIN_SITES.immediate]],
    __ll_newDate: [null, null, ['    at new Date (<anonymous>)'], true],
    __ll_fatalException: [null, null, ['    at process._fatalException (node:internal/process/execution:188:25)']],
    __ll_fatalMonitor: [null, null, ['    at process._fatalException (node:internal/process/execution:185:13)']],
    // A signal's listeners run from node's signal handle: process.emit is the last JS frame.
    __ll_signal: [null, null, []],
    __ll_emitUnhandledRejection: [null, null, ['    at emitUnhandledRejection (node:internal/process/promises:250:13)',
      '    at throwUnhandledRejectionsMode (node:internal/process/promises:385:19)',
      '    at processPromiseRejections (node:internal/process/promises:470:17)', TICK_QUEUE('96:32')]],
    __ll_processExit: [null, null, ['    at process.exit (node:internal/process/per_thread:184:15)'], true],
    __ll_streamRead: [null, null, ['    at TCP.onStreamRead (node:internal/stream_base_commons:191:23)']],
    __ll_httpRequest: [null, null, ['    at parserOnIncoming (node:_http_server:1139:12)',
      '    at HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)']],
    __ll_httpResponse: [null, null, ['    at HTTPParser.parserOnIncomingClient [as onIncoming] (node:_http_client:702:27)',
      '    at HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)',
      '    at Socket.socketOnData (node:_http_client:544:22)'], true],
    __ll_netEmitErrorNT: [null, null, ['    at emitErrorNT (node:net:1944:8)'], true],
    __ll_httpEmitErrorNt: [null, null, ['    at emitErrorNt (node:_http_outgoing:883:9)'], true],
    __ll_netEmitListeningNT: [null, null, ['    at emitListeningNT (node:net:1951:10)'], true],
    __ll_netEmitCloseNT: [null, null, ['    at emitCloseNT (node:net:2344:8)'], true],
    // assert.throws / doesNotThrow calling the function under test (node's getActual), on the assert function
    // (`Function.throws`) or destructured (`throws`).
    __ll_assertThrows: [null, null, ['    at getActual (node:assert:498:5)', '    at Function.throws (node:assert:644:24)'], true],
    __ll_assertThrowsBare: [null, null, ['    at getActual (node:assert:498:5)', '    at throws (node:assert:644:24)'], true],
    __ll_assertDoesNotThrow: [null, null, ['    at getActual (node:assert:498:5)', '    at Function.doesNotThrow (node:assert:664:32)'], true],
    __ll_assertDoesNotThrowBare: [null, null, ['    at getActual (node:assert:498:5)', '    at doesNotThrow (node:assert:664:32)'], true],
    // (A promise function's synchronous part: after its first await, V8 shows node's async frames, which these
    // do not give.)
    __ll_assertRejects: [null, null, ['    at waitForActual (node:assert:519:21)', '    at Function.rejects (node:assert:654:31)'], true],
    __ll_assertRejectsBare: [null, null, ['    at waitForActual (node:assert:519:21)', '    at rejects (node:assert:654:31)'], true],
    __ll_assertDoesNotReject: [null, null, ['    at waitForActual (node:assert:519:21)', '    at Function.doesNotReject (node:assert:674:39)'], true],
    __ll_assertDoesNotRejectBare: [null, null, ['    at waitForActual (node:assert:519:21)', '    at doesNotReject (node:assert:674:39)'], true],
    __ll_netServerNotRunning: [null, null, ['    at Server.close (node:net:2284:9)'], true],
    __ll_httpSocketError: [null, null, ['    at emitErrorEvent (node:_http_client:101:11)',
      '    at Socket.socketErrorListener (node:_http_client:504:5)'], true],
    __ll_abortController: [null, null, ['    at abortSignal (node:internal/abort_controller:370:10)',
      '    at AbortController.abort (node:internal/abort_controller:392:5)'], true],
    __ll_abortTimeout: [null, null, ['    at abortSignal (node:internal/abort_controller:370:10)',
      '    at Timeout._onTimeout (node:internal/abort_controller:127:7)'], true],
    __ll_queueMicrotask: [null, null, ['    at node:internal/process/task_queues:140:7',
      '    at AsyncResource.runInAsyncScope (node:async_hooks:206:9)',
      '    at AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)'], true],
    // fs callbacks (frames.js fsCallback), by call and outcome.
    __ll_fsDone: [null, null, [FS_DONE]],
    __ll_fsStat: [null, null, ['    at FSReqCallback.oncomplete (node:fs:198:5)']],
    __ll_fsStatErr: [null, null, [FS_STAT_ERR]],
    __ll_fsReadFile: [null, null, ['    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:68:3)']],
    __ll_fsReadFileFd: [null, null, ['    at Object.readFileAfterClose (node:internal/fs/read/context:68:3)',
      '    at tick (node:internal/fs/read/context:115:9)', TICK_QUEUE('81:21')]],
    __ll_fsReadFileOpenErr: ['ReadFileContext', 'callback', ['    at FSReqCallback.readFileAfterOpen [as oncomplete] (node:fs:299:13)']],
    __ll_fsReadFileReadErr: [null, null, ['    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:52:12)']],
    __ll_fsWriteFileErr: [null, null, ['    at node:fs:2339:7', FS_DONE]],
    __ll_fsRead: [null, null, ['    at FSReqCallback.wrapper [as oncomplete] (node:fs:682:5)']],
    __ll_fsWrite: [null, null, ['    at FSReqCallback.wrapper [as oncomplete] (node:fs:824:5)']],
    __ll_fsExists: [null, null, ['    at suppressedCallback (node:fs:257:5)', FS_DONE]],
    __ll_fsTruncate: [null, null, ['    at node:fs:1065:9', FS_DONE]],
    __ll_fsTruncateErr: [null, null, ['    at node:fs:1061:20', FS_DONE]],
    __ll_fsRm: [null, null, ['    at CB (node:internal/fs/rimraf:60:5)', '    at node:internal/fs/rimraf:91:14', FS_DONE]],
    __ll_fsRmDir: [null, null, ['    at CB (node:internal/fs/rimraf:60:5)', FS_DONE]],
    __ll_fsRmErr: [null, null, ['    at node:fs:1239:14', '    at node:internal/fs/utils:788:14', FS_STAT_ERR]],
    __ll_fsRealpath: [null, null, ['    at LOOP (node:fs:2867:14)', TICK_QUEUE('77:11')]],
    __ll_fsRealpathErr: [null, null, ['    at gotStat (node:fs:2897:21)', FS_STAT_ERR]],
  };
  // Callbacks of the timers, check and nextTick queues run through these (`callQueued`, from the Rust loop).
  function __ll_timer0(f, t) { return f.call(t); }
  function __ll_timerArgs(f, t, args) { return f.apply(t, args); }
  function __ll_immediate0(f, t) { return f.call(t); }
  function __ll_immediateArgs(f, t, args) { return f.apply(t, args); }
  function __ll_timerBound0(f, t) { return f.call(t); }
  function __ll_timerBoundArgs(f, t, args) { return f.apply(t, args); }
  function __ll_immediateBound0(f, t) { return f.call(t); }
  function __ll_immediateBoundArgs(f, t, args) { return f.apply(t, args); }
  // Whether `f` is a bound function (its own name `bound x`, no `prototype`).
  function isBound(f) {
    const d = Object.getOwnPropertyDescriptor(f, 'name');
    return d !== undefined && typeof d.value === 'string' && d.value.startsWith('bound ') && !Object.prototype.hasOwnProperty.call(f, 'prototype');
  }
  function __ll_tick0(f, t) { return f.call(t); }
  function __ll_tick1(f, t, args) { return f.apply(t, args); }
  function __ll_tick2(f, t, args) { return f.apply(t, args); }
  function __ll_tick3(f, t, args) { return f.apply(t, args); }
  function __ll_tick4(f, t, args) { return f.apply(t, args); }
  function __ll_tickN(f, t, args) { return f.apply(t, args); }
  const TICKS = [__ll_tick0, __ll_tick1, __ll_tick2, __ll_tick3, __ll_tick4];
  // fs callbacks are called through these: under the user's callback, node's frames of the completed request
  // (internal.queueFrames above), which depend on the call and on whether it failed.
  function __ll_fsDone(f, args) { return f.apply(undefined, args); }
  function __ll_fsStat(f, args) { return f.apply(undefined, args); }
  function __ll_fsStatErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsReadFile(f, args) { return f.apply(undefined, args); }
  function __ll_fsReadFileFd(f, args) { return f.apply(undefined, args); }
  function __ll_fsReadFileOpenErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsReadFileReadErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsWriteFileErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsRead(f, args) { return f.apply(undefined, args); }
  function __ll_fsWrite(f, args) { return f.apply(undefined, args); }
  function __ll_fsExists(f, args) { return f.apply(undefined, args); }
  function __ll_fsTruncate(f, args) { return f.apply(undefined, args); }
  function __ll_fsTruncateErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsRm(f, args) { return f.apply(undefined, args); }
  function __ll_fsRmDir(f, args) { return f.apply(undefined, args); }
  function __ll_fsRmErr(f, args) { return f.apply(undefined, args); }
  function __ll_fsRealpath(f, args) { return f.apply(undefined, args); }
  function __ll_fsRealpathErr(f, args) { return f.apply(undefined, args); }
  const FS_VIA = {
    done: __ll_fsDone, stat: __ll_fsStat, statErr: __ll_fsStatErr, readFile: __ll_fsReadFile,
    readFileFd: __ll_fsReadFileFd, readFileOpenErr: __ll_fsReadFileOpenErr, readFileReadErr: __ll_fsReadFileReadErr,
    writeFileErr: __ll_fsWriteFileErr, read: __ll_fsRead, write: __ll_fsWrite, exists: __ll_fsExists,
    truncate: __ll_fsTruncate, truncateErr: __ll_fsTruncateErr, rm: __ll_fsRm, rmDir: __ll_fsRmDir, rmErr: __ll_fsRmErr,
    realpath: __ll_fsRealpath, realpathErr: __ll_fsRealpathErr,
  };
  // `kind` names the frames (a FS_VIA key), or picks them from the callback's arguments.
  internal.fsCallback = function fsCallback(kind, f) {
    return (...args) => (FS_VIA[typeof kind === 'function' ? kind(args) : kind] || __ll_fsDone)(f, args);
  };
  // The microtask drain inside processTicksAndRejections (the engine's run_microtasks_in_ticks), and each
  // queueMicrotask callback (node wraps them in an AsyncResource).
  let inTickDrain = 0;
  internal.hooks.runMicrotasks = function __ll_runMicrotasks() {
    inTickDrain++;
    try { while (internal.host.runMicrotask()); } finally { inTickDrain--; }
  };
  // runNextTicks() at a site (engine/drain.rs): its own microtask drain, and what processTicksAndRejections()
  // runs under it (`inSite(site, hook, ...args)`), whose frames stack.js's mapFrames puts under node's.
  const RNT = {
    list: function __ll_rntList() { while (internal.host.runMicrotask()); },
    timers: function __ll_rntTimers() { while (internal.host.runMicrotask()); },
    immediate: function __ll_rntImmediate() { while (internal.host.runMicrotask()); },
  };
  internal.hooks.runNextTicksMicrotasks = function runNextTicksMicrotasks(site) { RNT[site](); };
  const IN_SITE = {
    list: function __ll_inList(f) { return f(); },
    timers: function __ll_inTimers(f) { return f(); },
    immediate: function __ll_inImmediate(f) { return f(); },
  };
  internal.hooks.inSite = function inSite(site, hook, ...args) { return IN_SITE[site](() => internal.hooks[hook](...args)); };
  internal.drainSites = { __ll_inList: DRAIN_SITES.list, __ll_inTimers: DRAIN_SITES.timers, __ll_inImmediate: DRAIN_SITES.immediate };
  internal.queueMicrotaskVia = function __ll_queueMicrotask(f) {
    try {
      return f();
    } catch (e) {
      // A primitive thrown here is reported from where node drains microtasks: processTicksAndRejections'
      // runMicrotasks(), or V8's own checkpoint, which has no source.
      if (e === null || (typeof e !== 'object' && typeof e !== 'function')) {
        const arrow = inTickDrain ? 'node:internal/process/task_queues:95\n    runMicrotasks();\n    ^\n' : '<anonymous_script>:0\n\n';
        internal.primitiveThrowArrow = { value: e, arrow };
      }
      throw e;
    }
  };
  // Sockets and HTTP parsers: data read from a socket is pushed under node's TCP.onStreamRead; a server's
  // 'request' and a client's 'response' are emitted under the frames of node's parser callbacks (which
  // node's C++ parser calls: nothing below them for a server, the socket's data path for a client).
  internal.netVia = {
    streamRead: function __ll_streamRead(f) { return f(); },
    request: function __ll_httpRequest(f) { return f(); },
    response: function __ll_httpResponse(f) { return f(); },
    emitErrorNT: function __ll_netEmitErrorNT(f) { return f(); },
    emitErrorNt: function __ll_httpEmitErrorNt(f) { return f(); },
    emitListeningNT: function __ll_netEmitListeningNT(f) { return f(); },
    emitCloseNT: function __ll_netEmitCloseNT(f) { return f(); },
    serverNotRunning: function __ll_netServerNotRunning(f) { return f(); },
    connectFailed: function __ll_httpSocketError(f) { return f(); },
  };
  internal.abortVia = function __ll_abortController(f, signal, reason) { return f(signal, reason); };
  internal.assertVia = {
    throws: function __ll_assertThrows(f) { return f(); },
    throwsBare: function __ll_assertThrowsBare(f) { return f(); },
    doesNotThrow: function __ll_assertDoesNotThrow(f) { return f(); },
    doesNotThrowBare: function __ll_assertDoesNotThrowBare(f) { return f(); },
    rejects: function __ll_assertRejects(f) { return f(); },
    rejectsBare: function __ll_assertRejectsBare(f) { return f(); },
    doesNotReject: function __ll_assertDoesNotReject(f) { return f(); },
    doesNotRejectBare: function __ll_assertDoesNotRejectBare(f) { return f(); },
  };
  internal.abortTimeoutVia = function __ll_abortTimeout(f, signal, reason) { return f(signal, reason); };
  // process.js's own emits of 'uncaughtException', 'unhandledRejection' and process.exit()'s 'exit'.
  internal.emitVia = {
    fatal: function __ll_fatalException(f) { return f(); },
    monitor: function __ll_fatalMonitor(f) { return f(); },
    signal: function __ll_signal(f) { return f(); },
    unhandled: function __ll_emitUnhandledRejection(f) { return f(); },
    exit: function __ll_processExit(f) { return f(); },
  };
  // V8 names a timer's or an immediate's callback frame when the stack is first read: `Timeout.f [as _onTimeout]`
  // only while the object still holds the callback. node nulls `_onImmediate` once the callback returns and
  // `_onTimeout` when the timer is cleared, so a stack read later shows `Immediate.f` / `Timeout.f`. Which
  // object a stack was taken under is not kept: the last timer run, and the immediate running now, stand in.
  let lastTimer = null;
  let runningImmediate = null;
  internal.runningImmediate = () => runningImmediate;
  internal.queuedDetached = function queuedDetached(owner) {
    if (owner === 'Timeout') return lastTimer !== null && lastTimer._onTimeout === null;
    if (owner === 'Immediate') return runningImmediate === null || runningImmediate._onImmediate === null;
    return false;
  };
  internal.hooks.callQueued = function callQueued(queue, f, t, args) {
    const n = args.length;
    // The Timeout or Immediate is the callback's async resource (async_hooks.executionAsyncResource()).
    if (queue === 'timers') {
      lastTimer = t !== null && typeof t === 'object' ? t : null;
      internal.currentResource = lastTimer;
      if (lastTimer !== null) internal.timerStarts(lastTimer);
      // An async callback's frames after an await: `async Timeout._onTimeout` (async_stack.js `enter`).
      if (f[Symbol.toStringTag] === 'AsyncFunction') {
        internal.asyncArrowReceiver = t;
        internal.asyncArrowMethod = '_onTimeout';
      }
      try {
        if (isBound(f)) return n === 0 ? __ll_timerBound0(f, t) : __ll_timerBoundArgs(f, t, args);
        return n === 0 ? __ll_timer0(f, t) : __ll_timerArgs(f, t, args);
      } finally {
        if (t !== null && typeof t === 'object') internal.timerEnds(t);
        internal.currentResource = null;
        internal.asyncArrowReceiver = undefined;
        internal.asyncArrowMethod = undefined;
      }
    }
    if (queue === 'check') {
      const outer = runningImmediate;
      runningImmediate = t !== null && typeof t === 'object' ? t : null;
      internal.currentResource = runningImmediate;
      if (runningImmediate !== null) internal.immediateStarts(runningImmediate);
      // (node nulls `_onImmediate` once the callback returns: `async Immediate.<anonymous>`.)
      if (f[Symbol.toStringTag] === 'AsyncFunction') internal.asyncArrowReceiver = t;
      try {
        if (isBound(f)) return n === 0 ? __ll_immediateBound0(f, t) : __ll_immediateBoundArgs(f, t, args);
        return n === 0 ? __ll_immediate0(f, t) : __ll_immediateArgs(f, t, args);
      } finally {
        if (t !== null && typeof t === 'object') internal.immediateEnds(t);
        runningImmediate = outer;
        internal.currentResource = null;
        internal.asyncArrowReceiver = undefined;
      }
    }
    return n < TICKS.length ? TICKS[n](f, t, args) : __ll_tickN(f, t, args);
  };
  // V8's CallSite objects, for `Error.prepareStackTrace(err, callSites)`: read back from node-format frame lines.
  class CallSite {
    constructor(line) {
      const text = line.replace(/^\s*at /, '');
      const paren = /^(.*?) \((.*)\)$/.exec(text);
      let name = paren ? paren[1] : null;
      const loc = paren ? paren[2] : text;
      this.text = text;
      this.async = !!name && name.startsWith('async ');
      if (this.async) name = name.slice(6);
      this.ctor = !!name && name.startsWith('new ');
      if (this.ctor) name = name.slice(4);
      const alias = name ? / \[as ([^\]]+)\]$/.exec(name) : null;
      if (alias) name = name.slice(0, alias.index);
      this.alias = alias ? alias[1] : null;
      const dot = name && !this.ctor ? name.lastIndexOf('.') : -1;
      this.type = dot > 0 ? name.slice(0, dot) : null;
      const fn = dot > 0 ? name.slice(dot + 1) : name;
      this.fn = fn === '<anonymous>' ? null : fn;
      const at = /^(.*):(\d+):(\d+)$/.exec(loc);
      this.file = at ? at[1] : loc === '<anonymous>' || loc === 'native' ? undefined : loc;
      this.line = at ? +at[2] : null;
      this.column = at ? +at[3] : null;
      this.native = loc === 'native';
    }
    getThis() { return undefined; }
    getTypeName() { return this.type; }
    getFunction() { return undefined; }
    getFunctionName() { return this.fn; }
    getMethodName() { return this.type ? this.alias || this.fn : null; }
    getFileName() { return this.file; }
    getScriptNameOrSourceURL() { return this.file; }
    getLineNumber() { return this.line; }
    getColumnNumber() { return this.column; }
    getEnclosingLineNumber() { return this.line; }
    getEnclosingColumnNumber() { return this.column; }
    getEvalOrigin() { return undefined; }
    getScriptHash() { return ''; }
    getPosition() { return 0; }
    getPromiseIndex() { return null; }
    isToplevel() { return !this.type && !this.ctor; }
    isEval() { return false; }
    isNative() { return this.native; }
    isConstructor() { return this.ctor; }
    isAsync() { return this.async; }
    isPromiseAll() { return false; }
    toString() { return this.text; }
  }
  // The stack of `err` as Error.prepareStackTrace makes it from `frames` (node-format lines), or `fallback` when
  // no hook is set; one level deep (errors made inside the hook get the plain text).
  let preparing = false;
  // node 20's default hook (`Error.prepareStackTrace` is a function from the start): called directly, it
  // formats as V8 does; left in place, the stack is Looplab's own text.
  function ErrorPrepareStackTrace(error, trace) {
    const head = Error.prototype.toString.call(error);
    return trace.length === 0 ? head : `${head}\n    at ${Array.prototype.join.call(trace, '\n    at ')}`;
  }
  Object.defineProperty(Error, 'prepareStackTrace', { value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true });
  internal.prepareStack = function prepareStack(err, frames, fallback) {
    const hook = Error.prepareStackTrace;
    if (typeof hook !== 'function' || hook === ErrorPrepareStackTrace || preparing) return fallback();
    preparing = true;
    try { return hook(err, frames.map((l) => new CallSite(l))); } finally { preparing = false; }
  };
  const fs = internal.modules.fs;
  // [syscall the error names, frames, arrow]; `utf8` variants are node's fast path for string data/encoding.
  const open = ['open', ['    at Object.openSync (node:fs:573:18)'], 'node:fs:573\n  return binding.open(\n                 ^\n'];
  // A call into node's binding at `node:fs:LINE:COL`, source line `src` (caret under column COL).
  const at = (name, syscall, line, col, src) => [syscall, [`    at Object.${name} (node:fs:${line}:${col})`],
    `node:fs:${line}\n${src}\n${' '.repeat(col - 1)}^\n`];
  const viaWriteFile = ['open', [open[1][0], '    at Object.writeFileSync (node:fs:2393:35)'], open[2]];
  const VALIDATOR = 'node:internal/errors:541\n      throw error;\n      ^\n';
  const SITES = {
    readFileSync: (args, err) => (isFd(args[0])
      ? ['fstat', ['    at tryStatSync (node:fs:397:25)', '    at Object.readFileSync (node:fs:454:17)'],
        'node:fs:397\n  const stats = binding.fstat(fd, false, undefined, true /* shouldNotThrow */);\n                        ^\n']
      : isUtf8(args[1])
        // (node's readFileUtf8 opens and reads in one binding call: a directory fails there too, EISDIR.)
        ? [err && err.syscall === 'read' ? 'read' : 'open', ['    at Object.readFileSync (node:fs:448:20)'],
          'node:fs:448\n    return binding.readFileUtf8(path, stringToFlags(options.flag));\n                   ^\n']
        : err && err.syscall === 'read'
          ? ['read', ['    at Object.readSync (node:fs:750:18)', '    at tryReadSync (node:fs:424:20)',
            '    at Object.readFileSync (node:fs:478:19)'],
          'node:fs:750\n  return binding.read(fd, buffer, offset, length, position);\n                 ^\n']
          : ['open', [open[1][0], '    at Object.readFileSync (node:fs:452:35)'], open[2]]),
    writeFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true) ? writeUtf8 : viaWriteFile),
    appendFileSync: (args) => (typeof args[1] === 'string' && isUtf8(args[2], true)
      ? ['open', [writeUtf8[1][0], '    at Object.appendFileSync (node:fs:2461:6)'], writeUtf8[2]]
      : ['open', [...viaWriteFile[1], '    at Object.appendFileSync (node:fs:2461:6)'], open[2]]),
    openSync: () => open,
    readdirSync: () => ['scandir', ['    at Object.readdirSync (node:fs:1521:26)'],
      'node:fs:1521\n  const result = binding.readdir(\n                         ^\n'],
    opendirSync: () => ['opendir', ['    at Object.opendirSync (node:internal/fs/dir:327:29)'],
      'node:internal/fs/dir:327\n  const handle = dirBinding.opendirSync(\n                            ^\n'],
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
    rmSync: (args, err) => [err.syscall === 'rm' ? 'rm' : 'lstat', ['    at Object.rmSync (node:fs:1260:13)'], VALIDATOR],
    cpSync: (args, err) => (err.syscall === 'cp'
      ? ['cp', ['    at getStats (node:internal/fs/cp/cp-sync:160:11)', '    at checkParentDir (node:internal/fs/cp/cp-sync:150:10)',
        '    at cpSyncFn (node:internal/fs/cp/cp-sync:61:10)', '    at Object.cpSync (node:fs:3089:3)'],
      'node:internal/fs/cp/cp-sync:160\n    throw new ERR_FS_EISDIR({\n    ^\n'] : null),
    realpathSync: () => at('realpathSync', 'lstat', 2741, 29,
      '      const stats = binding.lstat(baseLong, true, undefined, true /* throwIfNoEntry */);'),
    readlinkSync: () => at('readlinkSync', 'readlink', 1729, 18, '  return binding.readlink('),
    truncateSync: (args) => (isFd(args[0])
      ? ['ftruncate', ['    at Object.ftruncateSync (node:fs:1126:11)', '    at Object.truncateSync (node:fs:1082:15)'],
        'node:fs:1126\n  binding.ftruncate(fd, len);\n          ^\n']
      : ['open', [open[1][0], '    at Object.truncateSync (node:fs:1088:17)'], open[2]]),
    chmodSync: () => at('chmodSync', 'chmod', 1999, 11, '  binding.chmod('),
    fchmodSync: () => at('fchmodSync', 'fchmod', 1923, 11, '  binding.fchmod('),
    chownSync: () => at('chownSync', 'chown', 2112, 11, '  binding.chown('),
    lchownSync: () => at('lchownSync', 'lchown', 2034, 11, '  binding.lchown('),
    closeSync: () => at('closeSync', 'close', 525, 11, '  binding.close(fd);'),
    fstatSync: () => at('fstatSync', 'fstat', 1633, 25, '  const stats = binding.fstat(fd, options.bigint, undefined, false);'),
    utimesSync: () => at('utimesSync', 'utime', 2150, 11, '  binding.utimes('),
    lutimesSync: () => at('lutimesSync', 'lutime', 2233, 11, '  binding.lutimes('),
    futimesSync: () => at('futimesSync', 'futime', 2195, 11, '  binding.futimes('),
    symlinkSync: () => at('symlinkSync', 'symlink', 1822, 11, '  binding.symlink('),
    linkSync: () => at('linkSync', 'link', 1862, 11, '  binding.link('),
    statfsSync: () => at('statfsSync', 'statfs', 1695, 25, '  const stats = binding.statfs(pathModule.toNamespacedPath(path), options.bigint);'),
    mkdtempSync: () => at('mkdtempSync', 'mkdtemp', 3005, 18, '  return binding.mkdtemp(prefix, options.encoding);'),
    readSync: () => at('readSync', 'read', 750, 18, '  return binding.read(fd, buffer, offset, length, position);'),
    writeSync: () => ['write', ['    at Object.writeSync (node:fs:933:3)'], 'node:internal/fs/utils:351\n    throw err;\n    ^\n'],
    ftruncateSync: () => at('ftruncateSync', 'ftruncate', 1126, 11, '  binding.ftruncate(fd, len);'),
    fsyncSync: () => at('fsyncSync', 'fsync', 1326, 11, '  binding.fsync(fd);'),
    fdatasyncSync: () => at('fdatasyncSync', 'fdatasync', 1296, 11, '  binding.fdatasync(fd);'),
  };
  const isFd = (p) => typeof p === 'number';
  const writeUtf8 = ['open', ['    at Object.writeFileSync (node:fs:2380:20)'],
    'node:fs:2380\n    return binding.writeFileUtf8(\n                   ^\n'];
  // Whether node takes its UTF-8 fast path: no options means the default encoding (`byDefault`); an options
  // object replaces the defaults, so one without `encoding` has none.
  function isUtf8(options, byDefault = false) {
    if (options === undefined || options === null) return byDefault;
    const enc = typeof options === 'string' ? options : typeof options === 'object' ? options.encoding : undefined;
    return enc === 'utf8' || enc === 'utf-8';
  }
  for (const name of Object.keys(SITES)) {
    const inner = fs[name];
    if (typeof inner !== 'function') continue;
    const site = SITES[name];
    const outer = { [name](...args) {
      try {
        return inner.apply(this, args);
      } catch (err) {
        const where = err !== null && typeof err === 'object' && typeof err.errno === 'number' && typeof inner === 'function' ? site(args, err) : null;
        if (where && err.syscall === where[0]) place(err, calledAs(where[1], this), where[2]);
        throw err;
      }
    } }[name];
    Object.defineProperty(outer, 'length', { value: inner.length });
    Object.assign(outer, inner); // realpathSync.native
    fs[name] = outer;
  }
  // V8 names the API's own frame (the last) after the call's receiver: `Object.statSync` for `fs.statSync()`,
  // `Module.statSync` through an ES module namespace, a bare `statSync` when destructured.
  function calledAs(frames, receiver) {
    const type = internal.errors.moduleReceiver(receiver);
    if (type === 'Object.') return frames;
    const out = frames.slice();
    out[out.length - 1] = out[out.length - 1].replace(/^ {4}at Object\./, `    at ${type}`);
    return out;
  }
  // The stack before any placement: appendFileSync's frames replace those of the writeFileSync it calls.
  const kBefore = Symbol('stackBeforeSites');
  function place(err, frames, arrow) {
    if (!Object.prototype.hasOwnProperty.call(err, kBefore)) {
      Object.defineProperty(err, kBefore, { value: String(err.stack), configurable: true, enumerable: false });
    }
    const lines = err[kBefore].split('\n');
    lines[0] = String(err.stack).split('\n')[0]; // a relabelled syscall (lutimes -> lutime) shows
    lines.splice(1, 0, ...frames);
    const limit = Error.stackTraceLimit;
    const kept = typeof limit === 'number' ? lines.slice(0, (limit > 0 ? Math.floor(limit) : 0) + 1) : lines;
    internal.setStack(err, kept.join('\n'));
    internal.errors.withArrow(err, arrow);
  }
  // V8's frames of the built-ins that call user callbacks (`at Array.map (<anonymous>)`), from Boa's native
  // frames (`at map (native)`). The receiver is not in the frame: Array's, except a forEach whose receiver
  // reads as a Map or Set at the call site; an unnamed one is `new Promise` when the caller's code says so.
  const host = internal.host;
  const NATIVE_CALLERS = {
    map: 'Array', filter: 'Array', reduce: 'Array', reduceRight: 'Array', some: 'Array', every: 'Array',
    find: 'Array', findIndex: 'Array', findLast: 'Array', findLastIndex: 'Array', flatMap: 'Array', sort: 'Array', toSorted: 'Array',
    forEach: 'Array', from: 'Function', replace: 'String', replaceAll: 'String', stringify: 'JSON', parse: 'JSON',
    // (Built-ins that convert their arguments, calling a user toString/valueOf.)
    concat: 'String', join: 'Array', max: 'Math', min: 'Math',
    // (Array methods that read and write their receiver: a proxy's traps run under them.)
    push: 'Array', pop: 'Array', shift: 'Array', unshift: 'Array', splice: 'Array', reverse: 'Array', fill: 'Array',
    includes: 'Array', indexOf: 'Array', lastIndexOf: 'Array',
  };
  function callerSource(raw, i) {
    for (let k = i + 1; k < raw.length; k++) {
      const m = internal.mapFrame(raw[k]);
      if (m === null) continue;
      // `at name (file:l:c)`, or `at file:l:c` for an anonymous function.
      const pos = /(?:\(|^ {4}at )(?:file:\/\/)?([^()]*):(\d+):(\d+)\)?$/.exec(m);
      const src = pos && host.sourceLine(pos[1], +pos[2]);
      return typeof src === 'string' ? { file: pos[1], before: src.slice(0, +pos[3] - 1), at: src.slice(+pos[3] - 1) } : null;
    }
    return null;
  }
  // `Map`/`Set`/a typed array's class when the file declares `name = new Map(...)` (`new Set(...)`,
  // `new Uint8Array(...)`, `new Proxy(...)`), `Buffer` for `name = Buffer.from(...)` (`alloc`, `allocUnsafe`,
  // `concat`).
  function declaredAs(file, name) {
    const re = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\s*=\\s*(?:new\\s+(Map|Set|Proxy|[A-Z]\\w*Array)\\b|(Buffer)\\s*\\.\\s*(?:from|alloc|allocUnsafe|concat)\\b)`);
    for (let l = 1; l <= 2000; l++) {
      const src = host.sourceLine(file, l);
      if (src === undefined) return null;
      const m = re.exec(src);
      if (m) return m[1] || m[2];
    }
    return null;
  }
  internal.declaredClass = declaredAs;
  const RE_NATIVE_CTOR = /^(?:Date|Set|Map|WeakSet|WeakMap)$/;
  function nativeCaller(raw, i) {
    const m = /^ {4}at (?:([\w$]*) \(native\)|native)$/.exec(raw[i]);
    if (!m) return null;
    const name = m[1] || undefined;
    const site = callerSource(raw, i);
    // (`new Date(o)` converting `o`; `new Set(it)` / `new Map(it)` reading an iterator.)
    const ctor = (name === undefined || RE_NATIVE_CTOR.test(name)) && site && /^(?:new\s+)?(Date|Set|Map|WeakSet|WeakMap)\s*\(/.exec(site.at);
    if (ctor && (name === undefined || name === ctor[1]) && (site.at.startsWith('new') || /\bnew\s+$/.test(site.before))) {
      return `    at new ${ctor[1]} (<anonymous>)`;
    }
    if (name === undefined) {
      const isNew = site && (site.at.startsWith('new Promise') || (site.at.startsWith('Promise') && /\bnew\s+$/.test(site.before)));
      if (isNew) return '    at new Promise (<anonymous>)';
      // `String(o)` / `Number(o)` calling the object's own toString/valueOf: V8's builtin frame.
      const conv = site && !/\bnew\s+$/.test(site.before) && /^(String|Number)\s*\(/.exec(site.at);
      return conv ? `    at ${conv[1]} (<anonymous>)` : null;
    }
    if (!Object.prototype.hasOwnProperty.call(NATIVE_CALLERS, name) || !site || !site.at.startsWith(name)) return null;
    let owner = NATIVE_CALLERS[name];
    if (owner === 'Array') {
      // The receiver's class: a Map's or Set's forEach, a Buffer's or typed array's methods.
      const receiver = /([\w$]+)\s*(?:\([^()]*\)\s*)?(?:\)\s*)?\.\s*$/.exec(site.before);
      const text = receiver ? receiver[1] : '';
      const made = text ? declaredAs(site.file, text) : null;
      const inline = /(?:\bnew\s+(Map|Set|Proxy|[A-Z]\w*Array)\b|\b(Buffer)\s*\.\s*(?:from|alloc|allocUnsafe|concat)\b)(?:[^;]*?)$/.exec(site.before);
      const cls = made || (inline && (inline[1] || inline[2]));
      if (cls && (name === 'forEach' || (cls !== 'Map' && cls !== 'Set'))) owner = cls;
    }
    return `    at ${owner}.${name} (<anonymous>)`;
  }
  // Code run by a direct eval: V8's `eval (eval at CALLER (file:line:col), <anonymous>:line:col)`, the caller
  // being the next frame (Boa's is `<eval> (eval at :line:col)`).
  function evalFrame(raw, i) {
    const made = internal.functionFrame && internal.functionFrame(raw[i]);
    if (made) {
      internal.evalFramesMade = true;
      return made;
    }
    // (`?:?` where Boa kept no position: v8_messages_eval.js places it, as the message rules found it.)
    const m = /^ {4}at <eval> \(eval at :(\d+|\?):(\d+|\?)\)$/.exec(raw[i]);
    if (!m) return null;
    for (let k = i + 1; k < raw.length; k++) {
      const caller = internal.mapFrame(raw[k]);
      if (caller === null) continue;
      const c = /^ {4}at (?:(.*?) \()?(.*?)\)?$/.exec(caller);
      if (!c) return null;
      const fn = c[1] ? c[1].slice(c[1].lastIndexOf('.') + 1) : '<anonymous>';
      // (A call at its callee's name, as in a file: stack.js's calleeColumn over the eval code.)
      const col = m[1] === '?' || !internal.evalColumn ? m[2] : internal.evalColumn(+m[1], +m[2]);
      // (Read by v8_messages_eval.js, which looks for these frames only once there have been any.)
      internal.evalFramesMade = true;
      return `    at eval (eval at ${fn} (${c[2]}), <anonymous>:${m[1]}:${col})`;
    }
    return null;
  }
  internal.madeFrames = { nativeCaller, evalFrame };
})
