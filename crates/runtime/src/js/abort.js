//! EventTarget, Event, AbortController, AbortSignal and DOMException, as the subset Node 20 code relies on.
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
  class Event {
    constructor(type, options = {}) {
      this.type = String(type);
      this.bubbles = !!options.bubbles;
      this.cancelable = !!options.cancelable;
      this.defaultPrevented = false;
      this.timeStamp = internal.host.now();
      this.target = null;
      this.currentTarget = null;
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this._stop = true; }
  }
  class CustomEvent extends Event {
    constructor(type, options = {}) {
      super(type, options);
      this.detail = options !== null && options.detail !== undefined ? options.detail : null;
    }
  }
  const kListeners = Symbol('kListeners');
  class EventTarget {
    constructor() { Object.defineProperty(this, kListeners, { value: new Map() }); }
    addEventListener(type, listener, options) {
      if (listener == null) return;
      const once = typeof options === 'object' && options !== null && !!options.once;
      const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
      // A listener added with an aborted signal is not added; aborting the signal later removes it.
      if (signal && signal.aborted) return;
      let list = this[kListeners].get(type);
      if (!list) { list = []; this[kListeners].set(type, list); }
      if (list.some((l) => l.listener === listener)) return;
      list.push({ listener, once, removed: false });
      if (signal && typeof signal.addEventListener === 'function') {
        signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
      }
    }
    removeEventListener(type, listener) {
      const list = this[kListeners].get(type);
      if (!list) return;
      const i = list.findIndex((l) => l.listener === listener);
      // Marked too: a dispatch in progress skips it.
      if (i !== -1) list.splice(i, 1)[0].removed = true;
    }
    dispatchEvent(event) {
      const list = (this[kListeners].get(event.type) || []).slice();
      event.target = this;
      event.currentTarget = this;
      for (const l of list) {
        if (l.removed) continue;
        if (l.once) this.removeEventListener(event.type, l.listener);
        try {
          if (typeof l.listener === 'function') l.listener.call(this, event);
          else l.listener.handleEvent(event);
        } catch (err) {
          internal.process.nextTick(() => { throw err; });
        }
        if (event._stop) break;
      }
      return !event.defaultPrevented;
    }
  }
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
      if (key !== kAborted) throw new TypeError('Illegal constructor');
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
    signal.dispatchEvent(new Event('abort'));
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
  for (const [C, tag] of [[Event, 'Event'], [EventTarget, 'EventTarget']]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  }
  internal.web = { DOMException, Event, CustomEvent, EventTarget, AbortSignal, AbortController };
  internal.eventTargetListeners = (target, type) => (target[kListeners] && target[kListeners].get(type)) || [];
})
