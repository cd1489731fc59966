//! node:events' side of a fatal unhandled 'error': the "Emitted 'error' event at:" stack enhancement (node's
//! enhanceStackTrace with the loader frames it compares against) and the header node prints above the error.
(function (internal) {
  'use strict';
  const { kEnhanceStackBeforeInspector } = internal.eventsShared;

  // lib/internal/util/inspect.js
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      // Find the first entry of b that matches the current entry of a.
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          // Count the number of consecutive entries.
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  // Node's stacks run on below a module's top-level code into its CommonJS loader (these frames, for the main
  // module); Looplab's end at the module wrapper. They are added while comparing the two stacks, so the
  // "[... lines matching original stack trace ...]" elision happens where it does in node, and left out of the
  // result.
  const kLoaderFrames = [
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
    '    at Module.load (node:internal/modules/cjs/loader:1266:32)',
    '    at Module._load (node:internal/modules/cjs/loader:1091:12)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at node:internal/main/run_main_module:28:49',
  ];
  function loaderFrames(lines) {
    const last = lines[lines.length - 1];
    return typeof last === 'string' && last.startsWith('    at Object.<anonymous> (') ? kLoaderFrames : [];
  }

  function enhanceStackTrace(err, own) {
    let ctorInfo = '';
    try {
      const { name } = this.constructor;
      if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
    } catch {
      // Continue regardless of error.
    }
    const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;

    const errStack = err.stack.split('\n').slice(1);
    // (node formats this stack only now, at the crash: an immediate's callback has returned and node has
    // nulled its `_onImmediate`, so V8 no longer names the frame after it.)
    const ownStack = own.stack.split('\n').slice(1).map(internal.detachImmediate);
    const ownLength = ownStack.length;
    const a = ownStack.concat(loaderFrames(ownStack));
    const b = errStack.concat(loaderFrames(errStack));

    const { len, offset } = identicalSequenceRange(a, b);
    // Indexes into `a`, -1 standing for the elision line; the added loader frames are dropped afterwards.
    const picked = a.map((_, i) => i);
    if (len > 0) picked.splice(offset + 1, len - 2, -1);
    const out = [];
    for (const i of picked) {
      if (i === -1) out.push('    [... lines matching original stack trace ...]');
      else if (i < ownLength) out.push(a[i]);
    }
    // Node always has frames here (its own, at least); Looplab hides this file's, which can leave none.
    if (out.length === 0) return err.stack + sep.slice(0, -1);
    return err.stack + sep + out.join('\n');
  }

  // ---- Looplab: the header node prints above a fatal 'error' (V8's message for the throw in this file) ----
  const kThrowErHeader = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
  const kThrowErrHeader = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";
  const kNewErrHeader = 'node:events:513\n    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);\n                ^\n';
  // process.js emits 'uncaughtExceptionMonitor' (err, origin) right before printing a fatal error: remembered so the
  // header can follow node's, which for an unhandled rejection shows where the error was created, not thrown.
  let lastFatal;
  function noteFatal(args) {
    lastFatal = args;
  }
  function fromPromise(err) {
    return lastFatal !== undefined && lastFatal[0] === err && lastFatal[1] === 'unhandledRejection';
  }
  function markUnhandledError(er) {
    const kArrow = internal.kArrow;
    let enhanced = false;
    Object.defineProperty(er, kArrow, {
      __proto__: null,
      configurable: true,
      get() {
        // lib/internal/errors.js fatalExceptionStackEnhancers.beforeInspector
        if (!enhanced && typeof er[kEnhanceStackBeforeInspector] === 'function') {
          enhanced = true;
          try {
            er.stack = er[kEnhanceStackBeforeInspector]();
          } catch {
            // We are just enhancing the error. If it fails, ignore it.
          }
        }
        return fromPromise(er) ? '' : kThrowErHeader;
      },
    });
  }
  function markUnhandledErrorCode(err) {
    Object.defineProperty(err, internal.kArrow, {
      __proto__: null,
      configurable: true,
      get() { return fromPromise(err) ? kNewErrHeader : kThrowErrHeader; },
    });
  }

  Object.assign(internal.eventsShared, { enhanceStackTrace, noteFatal, markUnhandledError, markUnhandledErrorCode });
})
