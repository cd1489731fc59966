//! node:timers and node:timers/promises: `Timeout` and `Immediate` objects over the Rust timer lists and
//! immediate queue (lib/timers.js semantics: duration clamping, ref/unref, refresh, toPrimitive ids).
(function (internal) {
  'use strict';
  const host = internal.host;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  // node's own symbols on Timeout and Immediate objects (inspect shows them): the async id is the host's task
  // id, the trigger id the task that created the timer.
  const kRefed = Symbol('refed');
  const kHasPrimitive = Symbol('kHasPrimitive');
  const kId = Symbol('asyncId');
  const kTrigger = Symbol('triggerId');
  const knownTimersById = Object.create(null);

  // `frame`: node 20.20's frame for the function that validates (`setTimeout (node:timers:140:3)`).
  function checkCallback(callback, frame) {
    if (typeof callback !== 'function') {
      throw internal.errors.nodeFrames(internal.errors.invalidArgType('callback', 'function', callback), frame);
    }
  }
  function clampDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        internal.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }

  // node keeps one TimersList per duration; a stand-in with its fields (inspect shows `[TimersList]`).
  class TimersList {
    constructor(msecs) {
      this._idleNext = this;
      this._idlePrev = this;
      this.expiry = msecs;
      this.id = 0;
      this.msecs = msecs;
      this.priorityQueuePosition = 1;
    }
  }
  const lists = new Map();
  function timersList(msecs) {
    let l = lists.get(msecs);
    if (l === undefined) { l = new TimersList(msecs); lists.set(msecs, l); }
    return l;
  }
  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      after = clampDelay(after);
      // node's own fields in its order (the timer list links and start time are its TimersList's; here the
      // list is a stand-in holding the duration).
      this._idleTimeout = after;
      this._idlePrev = timersList(after);
      this._idleNext = this._idlePrev;
      this._idleStart = 0; // set by host.timerCreate below
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      this[kRefed] = isRefed;
      this[kHasPrimitive] = false;
      const trigger = host.asyncIds()[0];
      this[kId] = host.timerCreate(this, callback, args, Math.trunc(after), isRepeat);
      this[kTrigger] = trigger;
      if (isRefed === false) host.timerRef(this[kId], false);
      if (internal.asyncHooksOn) internal.asyncInit(this[kId], 'Timeout', this);
    }
    refresh() {
      if (this._onTimeout) {
        host.timerRefresh(this[kId]);
        this._idlePrev = this._idleNext = timersList(this._idleTimeout);
      }
      return this;
    }
    unref() { this[kRefed] = false; host.timerRef(this[kId], false); return this; }
    ref() { this[kRefed] = true; host.timerRef(this[kId], true); return this; }
    hasRef() { return host.timerHasRef(this[kId]); }
    close() { clearTimeout(this); return this; }
    // As node's: one level only.
    [Symbol.for('nodejs.util.inspect.custom')](_, options, inspect) {
      return inspect(this, Object.assign({}, options, { depth: 0, customInspect: false }));
    }
    [Symbol.dispose]() { clearTimeout(this); }
    [Symbol.toPrimitive]() {
      const id = this[kId];
      if (!this[kHasPrimitive]) {
        this[kHasPrimitive] = true;
        knownTimersById[id] = this;
      }
      return id;
    }
  }

  // node's fields while a timer's callback runs (frames.js `callQueued`): out of its list during the call;
  // after it, back in the list if it repeats or was refreshed, else destroyed.
  internal.timerStarts = function timerStarts(t) {
    t._idlePrev = null;
    t._idleNext = null;
  };
  internal.timerEnds = function timerEnds(t) {
    if (t._onTimeout === null || t._idlePrev !== null) return;
    if (t._repeat !== null) t._idlePrev = t._idleNext = timersList(t._idleTimeout);
    else t._destroyed = true;
  };
  // Pending immediates are linked through `_idleNext`/`_idlePrev` as in node's ImmediateList; the check phase
  // takes the whole list (new ones start a new list) and an immediate is destroyed as its callback starts.
  const immediateQueue = { head: null, tail: null };
  function unlinkImmediate(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === immediateQueue.head) immediateQueue.head = item._idleNext;
    if (item === immediateQueue.tail) immediateQueue.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
  internal.immediateStarts = function immediateStarts(im) {
    if (im === immediateQueue.head) immediateQueue.head = immediateQueue.tail = null;
    im._destroyed = true;
    im[kRefed] = null;
  };
  internal.immediateEnds = function immediateEnds(im) {
    im._onImmediate = null;
  };

  function setTimeout(callback, after, ...args) {
    checkCallback(callback, 'setTimeout (node:timers:140:3)');
    return new Timeout(callback, after, args.length ? args : undefined, false, true);
  }
  function setInterval(callback, repeat, ...args) {
    checkCallback(callback, 'setInterval (node:timers:210:3)');
    return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  }
  function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
      timer._idleTimeout = -1;
      timer._idlePrev = null;
      timer._idleNext = null;
      timer._onTimeout = null;
      timer._destroyed = true;
      delete knownTimersById[timer[kId]];
      host.timerClear(timer[kId]);
      if (internal.asyncHooksOn) host.asyncDestroy(timer[kId]);
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const t = knownTimersById[timer];
      if (t !== undefined) {
        t._idleTimeout = -1;
        t._idlePrev = null;
        t._idleNext = null;
        t._onTimeout = null;
        t._destroyed = true;
        delete knownTimersById[timer];
        host.timerClear(t[kId]);
        if (internal.asyncHooksOn) host.asyncDestroy(t[kId]);
      }
    }
  }
  const clearInterval = (timer) => clearTimeout(timer);

  class Immediate {
    constructor(callback, args) {
      this._idleNext = null;
      this._idlePrev = null;
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this[kRefed] = true;
      const trigger = host.asyncIds()[0];
      this[kId] = host.immediateCreate(this, callback, args);
      this[kTrigger] = trigger;
      if (immediateQueue.tail !== null) {
        immediateQueue.tail._idleNext = this;
        this._idlePrev = immediateQueue.tail;
      } else {
        immediateQueue.head = this;
      }
      immediateQueue.tail = this;
      if (internal.asyncHooksOn) internal.asyncInit(this[kId], 'Immediate', this);
    }
    ref() { if (this[kRefed] === false) this[kRefed] = true; host.immediateRef(this[kId], true); return this; }
    unref() { if (this[kRefed]) this[kRefed] = false; host.immediateRef(this[kId], false); return this; }
    hasRef() { return host.immediateHasRef(this[kId]); }
    [Symbol.dispose]() { clearImmediate(this); }
  }
  function setImmediate(callback, ...args) {
    checkCallback(callback, 'setImmediate (node:timers:283:3)');
    return new Immediate(callback, args.length ? args : undefined);
  }
  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed) return;
    immediate._destroyed = true;
    immediate._onImmediate = null;
    immediate[kRefed] = null;
    unlinkImmediate(immediate);
    host.immediateClear(immediate[kId]);
    if (internal.asyncHooksOn) host.asyncDestroy(immediate[kId]);
  }

  // ---- timers/promises ----
  function validateOptions(options) {
    if (options === null || typeof options !== 'object') throw internal.errors.invalidArgType('options', 'object', options);
    const { signal, ref = true } = options;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw internal.errors.invalidArgType('options.signal', 'AbortSignal', signal);
    }
    if (typeof ref !== 'boolean') throw internal.errors.invalidArgType('options.ref', 'boolean', ref);
    return { signal, ref };
  }
  // Whether the user code calling into the runtime called a method (`tp.setTimeout(...)`): V8 then names the
  // frame `Object.setTimeout`, else `setTimeout`.
  function calledAsMethod() {
    try {
      const top = internal.currentFrames()[0];
      const m = top && /(?:\(|at )(?:file:\/\/)?([^()]*):(\d+):(\d+)\)?$/.exec(top);
      const src = m && host.sourceLine(m[1], +m[2]);
      return typeof src !== 'string' || src[+m[3] - 2] === '.';
    } catch {
      return true;
    }
  }
  // Thrown inside node's setTimeout (timers/promises) itself, so an unhandled one shows that line and frame.
  function validateDelay(after, fn = 'setTimeout') {
    if (after !== undefined && typeof after !== 'number') {
      const err = internal.errors.nodeFrames(internal.errors.invalidArgType('delay', 'number', after),
        `${calledAsMethod() ? 'Object.' : ''}${fn} (node:timers/promises:55:7)`);
      throw internal.errors.withArrow(err, "node:timers/promises:55\n      validateNumber(after, 'delay');\n      ^\n");
    }
  }
  // node's AbortErrors of timers/promises, with its frames and lines.
  const CANCEL_ARROW = 'node:timers/promises:48\n    reject(new AbortError(undefined, { cause: signal?.reason }));\n           ^\n';
  const cancelled = (owner, signal) => internal.errors.nodeAbort(internal.errors.abortError(signal.reason),
    `${owner}.cancelListenerHandler (node:timers/promises:48:12)`, CANCEL_ARROW);
  const preAborted = (fn, line, signal) => internal.errors.nodeAbort(internal.errors.abortError(signal.reason),
    `${calledAsMethod() ? 'Object.' : ''}${fn} (node:timers/promises:${line}:26)`,
    `node:timers/promises:${line}\n    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));\n                         ^\n`);
  const intervalAborted = (line, signal) => internal.errors.nodeAbort(internal.errors.abortError(signal && signal.reason),
    [`setInterval (node:timers/promises:${line}:11)`, 'setInterval.next (<anonymous>)'],
    `node:timers/promises:${line}\n    throw new AbortError(undefined, { cause: signal?.reason });\n          ^\n`);
  function pSetTimeout(after, value, options = {}) {
    let opts;
    try { validateDelay(after); opts = validateOptions(options); } catch (e) { return Promise.reject(e); }
    const { signal, ref } = opts;
    if (signal && signal.aborted) return Promise.reject(preAborted('setTimeout', 74, signal));
    let onCancel;
    const ret = new Promise((resolve, reject) => {
      const t = new Timeout(resolve, after, [value], false, ref);
      if (signal) {
        onCancel = () => { clearTimeout(t); reject(cancelled('Timeout', signal)); };
        signal.addEventListener('abort', onCancel);
      }
    });
    return onCancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', onCancel)) : ret;
  }
  function pSetImmediate(value, options = {}) {
    let opts;
    try { opts = validateOptions(options); } catch (e) { return Promise.reject(e); }
    const { signal, ref } = opts;
    if (signal && signal.aborted) return Promise.reject(preAborted('setImmediate', 112, signal));
    let onCancel;
    const ret = new Promise((resolve, reject) => {
      const imm = new Immediate(resolve, [value]);
      if (!ref) imm.unref();
      if (signal) {
        onCancel = () => { clearImmediate(imm); reject(cancelled('Immediate', signal)); };
        signal.addEventListener('abort', onCancel);
      }
    });
    return onCancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', onCancel)) : ret;
  }
  async function* pSetInterval(after, value, options = {}) {
    validateDelay(after);
    const { signal, ref } = validateOptions(options);
    if (signal && signal.aborted) throw intervalAborted(151, signal);
    let interval;
    let onCancel;
    try {
      let notYielded = 0;
      let callback;
      interval = new Timeout(() => {
        notYielded++;
        if (callback) { callback(); callback = undefined; }
      }, after, undefined, true, ref);
      if (signal) {
        onCancel = () => {
          clearInterval(interval);
          if (callback) { callback(Promise.reject(intervalAborted(189, signal))); callback = undefined; }
        };
        signal.addEventListener('abort', onCancel, { once: true });
      }
      while (!(signal && signal.aborted)) {
        if (notYielded === 0) await new Promise((resolve) => { callback = resolve; });
        for (; notYielded > 0; notYielded--) yield value;
      }
      throw intervalAborted(189, signal);
    } finally {
      clearInterval(interval);
      if (signal) signal.removeEventListener('abort', onCancel);
    }
  }
  const scheduler = {
    wait: (delay, options) => pSetTimeout(delay, undefined, options),
    yield: () => pSetImmediate(),
  };
  // (node's functions are named as the timers they wrap.)
  for (const [f, name] of [[pSetTimeout, 'setTimeout'], [pSetImmediate, 'setImmediate'], [pSetInterval, 'setInterval']]) {
    Object.defineProperty(f, 'name', { value: name, configurable: true });
  }
  const promises = { setTimeout: pSetTimeout, setImmediate: pSetImmediate, setInterval: pSetInterval, scheduler };

  const custom = Symbol.for('nodejs.util.promisify.custom');
  // Enumerable getters, as node defines them (`[Symbol(nodejs.util.promisify.custom)]: [Getter]` in inspect).
  Object.defineProperty(setTimeout, custom, { enumerable: true, configurable: true, get() { return pSetTimeout; } });
  Object.defineProperty(setImmediate, custom, { enumerable: true, configurable: true, get() { return pSetImmediate; } });

  // node declares them with three named extra arguments (`setTimeout(callback, after, arg1, arg2, arg3)`).
  for (const [f, n] of [[setTimeout, 5], [setInterval, 5], [setImmediate, 4]]) Object.defineProperty(f, 'length', { value: n });
  internal.timers = { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, Timeout, Immediate };
  // node's export order; enroll/_unrefActive are the deprecated legacy API, kept as far as their effect on a
  // Timeout (refresh) goes.
  const active = function active(t) { if (t && t.refresh) t.refresh(); };
  internal.modules.timers = {
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
    _unrefActive: function _unrefActive(t) { active(t); },
    active,
    unenroll(t) { clearTimeout(t); },
    enroll: function enroll(item, msecs) {
      if (!enrollWarned) {
        enrollWarned = true;
        internal.emitWarning('timers.enroll() is deprecated. Please use setTimeout instead.', 'DeprecationWarning', 'DEP0095');
      }
      if (msecs !== undefined && (typeof msecs !== 'number')) throw internal.errors.invalidArgType('msecs', 'number', msecs);
      if (msecs < 0 || !Number.isFinite(msecs)) throw internal.errors.outOfRange('msecs', 'a non-negative finite number', msecs);
      item._idleTimeout = msecs;
    },
    promises,
  };
  let enrollWarned = false;
  internal.modules['timers/promises'] = promises;
})
