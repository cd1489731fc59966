//! AbortController, AbortSignal and DOMException, as the subset Node 20 code relies on (Event and EventTarget are
//! event_target.js).
(function (internal) {
  'use strict';
  // WebIDL's legacy DOMException codes.
  const LEGACY_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17,
    SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22,
    TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    constructor(message = '', options = 'Error') {
      super(message);
      const name = typeof options === 'object' && options !== null ? (options.name || 'Error') : String(options);
      Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
      if (typeof options === 'object' && options !== null && 'cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true });
      }
    }
    get code() { return LEGACY_CODES[this.name] || 0; }
  }
  const { Event, CustomEvent, EventTarget, kTrusted } = internal.eventTarget;
  // node's lib/internal/abort_controller.js customInspect: `Name { ...obj }`, one level shallower.
  function customInspect(self, obj, depth, options, inspect) {
    if (depth < 0) return self;
    const opts = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
    return `${self.constructor.name} ${inspect(obj, opts)}`;
  }
  const kAborted = Symbol('kAborted');
  const kOnAbort = Symbol('kOnAbort');
  const kSignal = Symbol('kSignal');
  const kReason = Symbol('kReason');
  class AbortSignal extends EventTarget {
    constructor(key) {
      if (key !== kAborted) throw internal.errors.withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
      super();
      this[kAborted] = false;
      this[kReason] = undefined;
    }
    // An event handler property: its listener joins the list when first set, so it runs in that place among
    // the addEventListener listeners (as in node), and later assignments only swap the function.
    get onabort() { return this[kOnAbort] === undefined ? null : this[kOnAbort]; }
    set onabort(fn) {
      const first = this[kOnAbort] === undefined;
      Object.defineProperty(this, kOnAbort, { value: typeof fn === 'function' ? fn : null, writable: true, configurable: true });
      if (first) this.addEventListener('abort', function (event) { if (typeof this[kOnAbort] === 'function') this[kOnAbort](event); });
    }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
    }
    get aborted() { return this[kAborted]; }
    get reason() { return this[kReason]; }
    throwIfAborted() { if (this[kAborted]) throw this[kReason]; }
    static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
      const s = new AbortSignal(kAborted);
      s[kAborted] = true;
      s[kReason] = reason;
      return s;
    }
    static timeout(ms) {
      const s = new AbortSignal(kAborted);
      internal.timers.setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
      return s;
    }
    // As node's: the result is a dependant of each source, aborted after the source's own listeners ran.
    static any(signals) {
      const s = new AbortSignal(kAborted);
      for (const x of signals) {
        if (x.aborted) { abortSignal(s, x.reason); return s; }
      }
      for (const x of signals) {
        if (!x[kDependants]) Object.defineProperty(x, kDependants, { value: [], configurable: true });
        x[kDependants].push(s);
      }
      return s;
    }
  }
  const kDependants = Symbol('kDependantSignals');
  function abortSignal(signal, reason) {
    if (signal[kAborted]) return;
    signal[kAborted] = true;
    signal[kReason] = reason;
    signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
    const dependants = signal[kDependants];
    if (dependants) for (const d of dependants) abortSignal(d, reason);
  }
  class AbortController {
    constructor() { Object.defineProperty(this, kSignal, { value: new AbortSignal(kAborted) }); }
    get signal() { return this[kSignal]; }
    abort(reason = new DOMException('This operation was aborted', 'AbortError')) { abortSignal(this[kSignal], reason); }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return customInspect(this, { signal: this.signal }, depth, options, inspect);
    }
  }
  for (const [C, tag] of [[AbortSignal, 'AbortSignal'], [AbortController, 'AbortController']]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  }
  internal.web = { DOMException, Event, CustomEvent, EventTarget, AbortSignal, AbortController };
})
