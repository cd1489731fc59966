//! Node's uncaught-exception and unhandled-rejection logic for `process` (ported from
//! lib/internal/process/{execution,promises}.js): the report node prints, 'uncaughtException',
//! 'unhandledRejection' and 'rejectionHandled', and the exit codes they end the process with.
(function (internal) {
  'use strict';
  const host = internal.host;
  const NODE = host.nodeVersion;
  const process = internal.process;
  const exitStatus = internal.exitStatus;

  // ---- uncaught exceptions (lib/internal/process/execution.js) ----
  function noop() {}
  function errorStack(err) {
    try { return err.stack; } catch { return undefined; }
  }
  function ctorNames(err) {
    const names = new Set();
    let p = err;
    try {
      while (p && names.size < 20) {
        const c = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (c && typeof c.value === 'function' && c.value.name) names.add(c.value.name);
        p = Object.getPrototypeOf(p);
      }
    } catch { /* ignore */ }
    return names;
  }
  function userFrame(stack, skip) {
    if (typeof stack !== 'string') return undefined;
    const lines = stack.split('\n');
    for (const line of lines) {
      // Code a direct eval ran: its own source (v8_messages_eval.js; line 0 where Boa kept no position).
      const inEval = internal.evalSite && internal.evalSite(line);
      if (inEval) return { ...inEval };
      const m = /^\s+at (?:(.*?) \()?(file:\/\/)?(\/[^():]*|[^():]+\.[cm]?js):(\d+):(\d+)\)?$/.exec(line);
      if (!m || m[3].startsWith('node:')) continue;
      if (m[1] && skip && skip.has(m[1].replace(/^new /, ''))) continue;
      return { file: m[3], line: +m[4], column: +m[5] };
    }
    return undefined;
  }
  // `made`: the error's constructor names, when the `new` V8 points at must construct it (not, say, the
  // `new Promise(...)` whose executor threw).
  function arrowAt(loc, sync, made) {
    const src = host.sourceLine(loc.file, loc.line);
    const where = `${internal.esmFiles.has(loc.file) ? 'file://' : ''}${loc.file}:${loc.line}`;
    if (src === undefined) return `${where}\n\n`;
    let col = loc.column - 1;
    if (sync) {
      const t = src.slice(0, col).lastIndexOf('throw');
      if (t !== -1) col = t;
    } else {
      // V8 points at `new` of the construction when the throw site is gone (microtasks, rejections).
      // (The frame's column may be at `new` itself: search up to the first letters after it.)
      const n = src.slice(0, col + 4).lastIndexOf('new ');
      const ctor = n === -1 ? null : /^new\s+(?:[\w$]+\.)*([\w$]+)/.exec(src.slice(n));
      const makesIt = !made || (ctor !== null && made.has(ctor[1]));
      if (n !== -1 && makesIt && /^new\s+[\w$.]*\s*$/.test(src.slice(n, col + 1)) === false && src.slice(n).startsWith('new ')) col = n;
    }
    return `${where}\n${src}\n${internal.caretPad(src, Math.max(0, col))}^\n`;
  }
  function arrow(err, sync, fromPromise, esmEntry = false) {
    // An unhandled rejection with no frame of user code (made by the engine, e.g. Promise.any's
    // AggregateError) shows where node rethrows it; so does one whose stack was read before (V8 then keeps
    // no frames to place it by: node's stream code reads it as it destroys a stream, `console.log(err)` does).
    const foreign = internal.kForeignError !== undefined && err !== null && typeof err === 'object' && err[internal.kForeignError] === true;
    // (So does a top-level `await` of such a rejection in an ES module entry, from run_main.)
    const loc = ((fromPromise || (esmEntry && !sync)) && serializedAtFatal === err) || foreign ? null : userFrame(errorStack(err), ctorNames(err));
    if (!loc) return fromPromise ? 'node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n' : '';
    return arrowAt(loc, sync, ctorNames(err)) + '\n';
  }
  // The source line V8 shows above an error that left an ES module's evaluation (where it was made).
  internal.evaluationArrow = (err) => arrow(err, false, false).replace(/\n$/, '');
  function isErrorLike(e) {
    return typeof e === 'object' && e !== null && Object.prototype.hasOwnProperty.call(e, 'stack');
  }
  // node prints fatal errors with inspect(err, { customInspect: false, depth: max(default depth, 5) }).
  function fatalInspect(err) {
    return internal.inspect(err, { customInspect: false, depth: 5 });
  }
  const VALIDATOR_CODES = new Set(['ERR_INVALID_ARG_TYPE', 'ERR_OUT_OF_RANGE', 'ERR_INVALID_ARG_VALUE', 'ERR_MISSING_ARGS']);
  // `rethrown`: a `throw` statement of user code threw it last, so V8 shows that line even for an error that
  // carries where node's own code made it (`throw err;` after catching a JSON.parse or fs error).
  // An ES module entry's evaluation that failed: node rethrows the value from run_main, whose line it shows
  // above a value that is not an Error (and above an Error made with no frame of user code).
  const ESM_ENTRY_ARROW = 'node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n';
  function printFatal(err, sync, throwLoc, fromPromise, rethrown, esmEntry) {
    internal.fatalFromPromise = fromPromise; // assert.js's header depends on it
    let text;
    try {
      text = fatalText(err, sync, throwLoc, fromPromise, rethrown, esmEntry);
    } catch {
      // Reading the error failed (a `stack` getter that throws): node prints its string form, as for a
      // thrown primitive.
      let shown;
      try { shown = String(err); } catch { shown = Object.prototype.toString.call(err); }
      text = `${throwLoc ? `${arrowAt(throwLoc, true)}\n` : ''}${shown}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
    }
    host.write(2, `${text}\n\nNode.js ${NODE}\n`);
  }
  function fatalText(err, sync, throwLoc, fromPromise, rethrown, esmEntry) {
    let text;
    if (err !== null && typeof err === 'object' && err[internal.kDecorated]) {
      text = String(err.stack);
    } else if (err !== null && typeof err === 'object' && err[internal.kArrow] && !(rethrown && sync && throwLoc)) {
      // Not an Error object (a DOMException): node's layout for other values, a blank line first, none after.
      // (So is a worker's error as its parent gets it: a plain object of the error's prototype.)
      const nonNative = (internal.isDOMException && internal.isDOMException(err)) || !host.isNativeError(err);
      text = nonNative ? `\n${err[internal.kArrow]}${fatalInspect(err)}` : err[internal.kArrow] + '\n' + fatalInspect(err);
    } else if (err !== null && typeof err === 'object' && err[internal.kSyntheticRejection]) {
      text = 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n' + internal.inspect(err);
    } else if ((err instanceof Error || internal.isError(err)) && !(internal.isDOMException && internal.isDOMException(err))) {
      const shown = sync && throwLoc ? arrowAt(throwLoc, true) + '\n' : arrow(err, sync, fromPromise, esmEntry);
      // An object that only inherits from Error.prototype (no [[ErrorData]], so `[object Object]` unless a
      // tag of its own says otherwise): node's layout for other values, a blank line first and none after the
      // caret.
      // (So is an error from a worker thread, which only carries an 'Error' tag.)
      const native = Object.prototype.toString.call(err) !== '[object Object]' &&
        !(internal.kForeignError !== undefined && err[internal.kForeignError] === true);
      text = native ? (shown === '' && esmEntry ? `${ESM_ENTRY_ARROW}\n` : shown) + fatalInspect(err)
        : `\n${shown.replace(/\n\n$/, '\n')}${fatalInspect(err)}`;
    } else {
      // A primitive node's own code rethrows (an EventTarget listener's, a queueMicrotask callback's) shows
      // that place instead of the user's throw.
      const marked = internal.primitiveThrowArrow;
      internal.primitiveThrowArrow = null;
      // A DOMException with no throw of its own to show (a rejection): V8 shows where it was made, in node's
      // DOMException constructor.
      const madeByNode = (!throwLoc || !sync) && internal.isDOMException && internal.isDOMException(err) &&
        String(err.stack).includes('\n    at new DOMException (node:internal/per_context/domexception:53:5)');
      // A rejection with an error-like object (an own `stack`, node's isErrorLike) is rethrown as it is, from
      // node's promise code, which V8 then shows.
      const errorLike = fromPromise && err !== null && typeof err === 'object' && Object.prototype.hasOwnProperty.call(err, 'stack');
      const where = marked && Object.is(marked.value, err) ? marked.arrow
        : madeByNode ? 'node:internal/per_context/domexception:53\n    ErrorCaptureStackTrace(this);\n    ^\n'
        : errorLike ? 'node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n'
          : esmEntry ? ESM_ENTRY_ARROW : throwLoc ? arrowAt(throwLoc, true) : '';
      // A thrown primitive prints as its string (a symbol as nothing); objects are inspected.
      const primitive = (typeof err !== 'object' && typeof err !== 'function') || err === null;
      const shown = typeof err === 'symbol' ? '' : primitive ? String(err) : fatalInspect(err);
      text = '\n' + where + shown;
      if (primitive) {
        text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
      }
    }
    return text;
  }
  internal.printFatal = printFatal;

  // `eventOrigin`: the origin the monitor and handlers are told (an ES module entry's error comes from its
  // module job's promise), when it differs from the one that decides how the error prints.
  // The error being reported, if its stack had been read before (the report's own reads do not count).
  let serializedAtFatal = null;
  function onUncaught(err, origin, sync, throwStack, eventOrigin = origin) {
    serializedAtFatal = internal.stackSerialized(err) ? err : null;
    internal.receiverSnap(err);
    let throwLoc = typeof throwStack === 'string' && throwStack ? userFrame(throwStack, err !== null && typeof err === 'object' ? ctorNames(err) : undefined) : undefined;
    // A `throw` statement of user code noted where it threw this value (the engine's own frames give where an
    // Error was made, which V8 shows only in the stack).
    const thrown = internal.lastThrow;
    internal.lastThrow = null;
    let noted = false;
    if (thrown && Object.is(thrown.value, err) && (err === null || typeof err !== 'object' || !err[internal.kDecorated])) {
      throwLoc = { file: thrown.file, line: thrown.line, column: thrown.column };
      noted = true;
    }
    // An argument error Looplab's code threw: node's validators all throw from one line (hideStackFrames's
    // `throw error`), which an uncaught one shows. (One from node's C++ binding says `withArrow(err, false)`:
    // the caller's line.)
    if (!noted && err instanceof Error && VALIDATOR_CODES.has(err.code) && err[internal.kArrow] === undefined) {
      // Buffer.from throws its own, from lib/buffer.js.
      if (String(err.message).startsWith('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array')) {
        internal.errors.withArrow(err, 'node:buffer:322\n  throw new ERR_INVALID_ARG_TYPE(\n  ^\n');
      } else {
        internal.errors.validator(err);
      }
    }
    // The Rust side takes the CommonJS wrapper's line off every frame; an ES module has none.
    if (throwLoc && !noted && internal.esmFiles.has(throwLoc.file)) throwLoc.line += 1;
    internal.v8Message(err);
    if (throwLoc && !noted) {
      const top = err instanceof ReferenceError ? userFrame(errorStack(err)) : undefined;
      // An undeclared name: the stack's frame was placed on its use (stack_places.js withReferenceLoc), and
      // V8's header shows the same place.
      throwLoc = (top && top.file === throwLoc.file && /^[\w$]+ is not defined/.test(err.message) ? top : null) ||
        internal.referenceLoc(err, throwLoc.file, throwLoc.line, throwLoc.column) ||
        { file: throwLoc.file, line: throwLoc.line, column: internal.calleeColumn(throwLoc.file, throwLoc.line, throwLoc.column) };
      const site = internal.v8Site(err);
      if (site && site.file === throwLoc.file && (site.line === throwLoc.line || site.header)) {
        throwLoc.line = site.toLine;
        throwLoc.column = site.to;
      }
    }
    // A frame Boa kept no position for (`file:?:?`) that the message rules placed: the header shows it.
    const placed = sync && !noted ? internal.v8Site(err) : undefined;
    if (placed && placed.line === '?') throwLoc = { file: placed.file, line: placed.toLine, column: placed.to };
    // (Eval code where neither Boa nor the rules placed it: its first line.)
    if (throwLoc && throwLoc.file === internal.evalFile && throwLoc.line < 1) throwLoc = { file: throwLoc.file, line: 1, column: 1 };
    const captureFn = internal.uncaughtCapture();
    const hasHandler = captureFn !== null || process.listenerCount('uncaughtException') > 0;
    let message;
    try { message = internal.isError(err) ? String(err.stack || err).split('\n')[0] : internal.inspect(err); } catch { message = '?'; }
    host.traceUncaught(origin, message, hasHandler);
    // A monitor or handler that throws: node prints that error and exits with 7. V8 shows its `throw` (the
    // first throw was handled, never shown).
    const thrownInHandler = (er2) => {
      process._exiting = true;
      const t = internal.lastThrow;
      internal.lastThrow = null;
      const again = t && Object.is(t.value, er2) ? { file: t.file, line: t.line, column: t.column } : undefined;
      printFatal(er2, sync || again !== undefined, again, false, again !== undefined);
      host.reallyExit(7);
    };
    try {
      internal.emitVia.monitor(() => process.emit('uncaughtExceptionMonitor', err, eventOrigin));
    } catch (er2) {
      thrownInHandler(er2);
    }
    if (hasHandler) {
      try {
        if (captureFn !== null) captureFn(err);
        else internal.emitVia.fatal(() => process.emit('uncaughtException', err, eventOrigin));
      } catch (er2) {
        thrownInHandler(er2);
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
    if (host.worker) {
      // A worker prints nothing: its parent's Worker gets the error as an 'error' event, then 'exit' 1.
      // An eval worker's script error carries V8's source-line header in its stack (node's evalScript
      // decorates it), which the parent's 'error' listener sees.
      if (origin === 'uncaughtException' && internal.isError(err)) {
        try {
          let loc = sync && throwLoc ? throwLoc : null;
          if (loc === null) {
            const m = /^ {4}at (?:.*\()?\[worker eval\]:(\d+):(\d+)\)?$/m.exec(String(err.stack));
            if (m) loc = { file: '[worker eval]', line: +m[1], column: +m[2] };
          }
          if (loc !== null && loc.file === '[worker eval]') {
            const stack = `${arrowAt(loc, true)}\n${err.stack}`;
            Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
          }
        } catch { /* kept as it is */ }
      }
      internal.loadAllLazy(); // structuredClone
      if (internal.workerCodec === undefined) host.loadInternal('worker_codec.js')(internal);
      host.parentPost('error', internal.workerCodec.encodeError(err));
      host.reallyExit(1);
      return false;
    }
    const esmEntry = origin === 'uncaughtException' && eventOrigin === 'unhandledRejection';
    printFatal(err, sync && origin === 'uncaughtException', throwLoc, origin === 'unhandledRejection', noted, esmEntry);
    const code = process.exitCode === undefined ? 1 : exitStatus(process.exitCode);
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
      internal.receiverSnap(reason);
      internal.v8Message(reason);
      // The async context of the rejection: 'unhandledRejection' handlers run in it, as node's do.
      maybeUnhandled.set(promise, { reason, uid: ++lastPromiseId, warned: false, frame: host.getFrame() });
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
  function noSideEffectsToString(v) {
    if (typeof v === 'symbol') return v.toString();
    if (typeof v !== 'object' && typeof v !== 'function' || v === null) return String(v);
    if (internal.isError(v)) return header(v);
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    // V8 (NoSideEffectsToString): an object whose `toString` is Object.prototype's is `#<Ctor>` after its
    // `constructor`; any other (its own `toString`, a builtin kind's, none) is `[object Tag]`: its string
    // `Symbol.toStringTag`, else the builtin class (arrays, dates, regexps, boxed primitives, typed arrays).
    // Data properties only: no getter runs.
    const dataProp = (o, key) => {
      for (let p = o, n = 0; p !== null && n < 100; p = Object.getPrototypeOf(p), n++) {
        if (internal.host.proxyTarget(p) !== undefined) return undefined;
        const d = Object.getOwnPropertyDescriptor(p, key);
        if (d) return 'value' in d ? d.value : undefined;
      }
      return undefined;
    };
    try {
      if (internal.host.proxyTarget(v) !== undefined) return '#<Object>';
      if (dataProp(v, 'toString') === Object.prototype.toString) {
        const ctor = dataProp(v, 'constructor');
        if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name) return `#<${ctor.name}>`;
      }
      const tag = dataProp(v, Symbol.toStringTag);
      if (typeof tag === 'string') return `[object ${tag}]`;
      const kind = Array.isArray(v) ? 'Array' : v instanceof Date ? 'Date' : v instanceof RegExp ? 'RegExp'
        : v instanceof Number ? 'Number' : v instanceof String ? 'String' : v instanceof Boolean ? 'Boolean'
          : ArrayBuffer.isView(v) && !(v instanceof DataView) ? v[Symbol.toStringTag] : 'Object';
      return `[object ${kind}]`;
    } catch {
      return '[object Object]';
    }
  }
  function header(e) {
    const name = e.name === undefined ? 'Error' : String(e.name);
    const msg = e.message === undefined ? '' : String(e.message);
    return msg ? `${name}: ${msg}` : name;
  }
  function unhandledRejectionError(reason) {
    const message = 'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      noSideEffectsToString(reason) + '".';
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
    Object.defineProperty(err, internal.kSyntheticRejection, { value: true });
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
      const outer = host.getFrame();
      host.setFrame(info.frame);
      try {
        const handled = internal.emitVia.unhandled(() => process.emit('unhandledRejection', reason, promise));
        if (!handled) {
          const err = isErrorLike(reason) || internal.isError(reason) ? reason : unhandledRejectionError(reason);
          onUncaught(err, 'unhandledRejection', false);
        }
      } finally {
        host.setFrame(outer);
      }
      maybeScheduled = true;
    }
    return maybeScheduled || pendingUnhandled.length !== 0;
  }


  internal.hooks.onUncaught = onUncaught;
  internal.hooks.onRejection = onRejection;
  internal.hooks.processRejections = processRejections;
})
