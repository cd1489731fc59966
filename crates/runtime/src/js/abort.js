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
  // node 20's DOMException (lib/internal/per_context/domexception.js): not an Error object (its prototype
  // inherits Error.prototype, its stack comes from captureStackTrace), name/message/code as getters over
  // private state, the 25 legacy code constants on the class and its prototype.
  const domState = new WeakMap();
  const stateOf = (self) => {
    const st = domState.get(self);
    if (st === undefined) {
      const err = new TypeError('Value of "this" must be of DOMException');
      Object.defineProperty(err, 'code', { value: 'ERR_INVALID_THIS', enumerable: true, writable: true, configurable: true });
      throw internal.errors.withArrow(err, 'node:internal/per_context/domexception:38\n  throw err;\n  ^\n');
    }
    return st;
  };
  const DISUSED = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);
  class DOMException {
    constructor(message = '', options = 'Error') {
      if (options && typeof options === 'object') {
        domState.set(this, { message: `${message}`, name: `${options.name}` });
        if ('cause' in options) {
          Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
        }
      } else {
        domState.set(this, { message: `${message}`, name: `${options}` });
      }
      internal.captureLenient(this, DOMException);
      internal.errors.nodeFrames(this, 'new DOMException (node:internal/per_context/domexception:53:5)');
    }
    get name() { return stateOf(this).name; }
    get message() { return stateOf(this).message; }
    get code() {
      const { name } = stateOf(this);
      return DISUSED.has(name) ? 0 : LEGACY_CODES[name] || 0;
    }
  }
  Object.setPrototypeOf(DOMException.prototype, Error.prototype);
  for (const k of ['name', 'message', 'code']) {
    Object.defineProperty(DOMException.prototype, k, Object.assign(Object.getOwnPropertyDescriptor(DOMException.prototype, k), { enumerable: true }));
  }
  const CONSTANTS = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
    'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR',
    'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR',
    'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR',
    'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];
  CONSTANTS.forEach((k, i) => {
    const desc = { value: i + 1, enumerable: true, writable: false, configurable: false };
    Object.defineProperty(DOMException, k, desc);
    Object.defineProperty(DOMException.prototype, k, desc);
  });
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true, writable: false, enumerable: false });
  internal.isDOMException = (v) => v !== null && typeof v === 'object' && domState.has(v);
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
    // (`...args`: node's AbortSignal has length 0.)
    constructor(...args) {
      const key = args[0];
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
      // (Node's wrapper shows a frame, `EventTarget.eventHandler`: stack_frames_node.js.)
      if (first) this.addEventListener('abort', function __ll_signalEventHandler(event) { if (typeof this[kOnAbort] === 'function') this[kOnAbort](event); });
    }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
    }
    get aborted() { return this[kAborted]; }
    get reason() { return this[kReason]; }
    throwIfAborted() {
      if (!this[kAborted]) return;
      const reason = this[kReason];
      if (reason !== null && typeof reason === 'object' && !reason[internal.kArrow]) {
        internal.errors.withArrow(reason, 'node:internal/abort_controller:162\n      throw this[kReason];\n      ^\n');
      }
      throw reason;
    }
    static abort(reason = abortedBy('AbortSignal.abort (node:internal/abort_controller:177:14)')) {
      const s = new AbortSignal(kAborted);
      s[kAborted] = true;
      s[kReason] = reason;
      return s;
    }
    static timeout(ms) {
      // node's validateUint32(delay, 'delay'), called from AbortSignal.timeout itself.
      const at = (err) => internal.errors.nodeFrames(err, 'AbortSignal.timeout (node:internal/abort_controller:186:5)');
      if (typeof ms !== 'number') throw at(internal.errors.invalidArgType('delay', 'number', ms));
      if (!Number.isInteger(ms)) throw at(internal.errors.outOfRange('delay', 'an integer', ms));
      if (ms < 0 || ms > 4294967295) throw at(internal.errors.outOfRange('delay', '>= 0 && <= 4294967295', ms));
      const s = new AbortSignal(kAborted);
      internal.timers.setTimeout(() => internal.abortTimeoutVia(abortSignal, s,
        abortedBy('Timeout._onTimeout (node:internal/abort_controller:129:9)', 'The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
      return s;
    }
    // As node's: the result is a dependant of each source, aborted after the source's own listeners ran.
    static any(signals) {
      if (!Array.isArray(signals)) throw internal.errors.invalidArgType('signals', 'Array', signals);
      signals.forEach((x, i) => {
        if (x !== undefined && (x === null || typeof x !== 'object' || !('aborted' in x))) {
          throw internal.errors.invalidArgType(`signals[${i}]`, 'AbortSignal', x);
        }
      });
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
  // The default reason of AbortController#abort and AbortSignal.abort, with node's frame below its constructor's.
  function abortedBy(frame, message = 'This operation was aborted', name = 'AbortError') {
    const reason = new DOMException(message, name);
    const lines = String(reason.stack).split('\n');
    const k = lines.findIndex((l) => l.startsWith('    at new DOMException'));
    if (k >= 0) {
      lines.splice(k + 1, 0, `    at ${frame}`);
      internal.setStack(reason, lines.join('\n'));
    }
    return reason;
  }
  class AbortController {
    constructor() { Object.defineProperty(this, kSignal, { value: new AbortSignal(kAborted) }); }
    get signal() { return this[kSignal]; }
    // Through frames.js's trampoline: node's abortSignal / AbortController.abort frames under the listeners.
    abort(reason = abortedBy('AbortController.abort (node:internal/abort_controller:391:18)')) { internal.abortVia(abortSignal, this[kSignal], reason); }
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
      return customInspect(this, { signal: this.signal }, depth, options, inspect);
    }
  }
  // (node defines `onabort` after the class's own members: it is the prototype's last key.)
  const onabort = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  delete AbortSignal.prototype.onabort;
  Object.defineProperty(AbortSignal.prototype, 'onabort', onabort);
  internal.enumerableMembers(AbortSignal, ['aborted', 'onabort']);
  internal.enumerableMembers(AbortController, ['signal', 'abort']);
  for (const [C, tag] of [[AbortSignal, 'AbortSignal'], [AbortController, 'AbortController']]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  }
  internal.web = { DOMException, Event, CustomEvent, EventTarget, AbortSignal, AbortController };
})
