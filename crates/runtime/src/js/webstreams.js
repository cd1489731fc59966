//! Web Streams (stream/web and the ReadableStream/WritableStream/TransformStream globals) over the npm
//! web-streams-polyfill bundled in streams-vendor.js, plus Blob/File and the Node <-> web stream adapters.
//
// The polyfill's classes are exported under their own names, behind thin constructor wrappers that share their
// prototypes (so `instanceof`, `constructor` and Object.prototype.toString are node's) and that validate the
// arguments the way Node 20's lib/internal/webstreams do. On top of the polyfill:
//  * its sync TypeErrors/RangeErrors become Node's coded errors (ERR_INVALID_STATE, ERR_INVALID_THIS,
//    ERR_ILLEGAL_CONSTRUCTOR...); the "locked"/"released" rejections are Node's too, produced up front (the
//    polyfill also returns an already rejected promise there, so the timing is unchanged), and releaseLock()
//    rejects closed/ready/pending reads with Node's errors;
//  * pipeTo/pipeThrough and tee() of default streams are Node's algorithms (readableStreamPipeTo,
//    readableStreamDefaultTee) over the polyfill's state, so their promise steps interleave with user code as
//    in node (the polyfill's own versions take different numbers of microtasks);
//  * its internal `_fields` are made non-enumerable (Object.keys(stream) is [] as in node), values() returns
//    node's iterator shape, streams node creates internally carry its own `constructor` property;
//  * instances print as node prints them (`ReadableStream { locked: false, state: 'readable', ... }`).
// Blob/File follow Node 20's lib/internal/blob.js over a model of node's DataQueue (see sliceQueue), including
// the microtask steps of arrayBuffer()/text()/bytes() and the chunks of stream(). TextEncoderStream /
// TextDecoderStream follow lib/internal/webstreams/encoding.js; CompressionStream / DecompressionStream run the
// sync zlib functions (compression emits the format header on the first write and the rest at close, as zlib
// does for inputs that fit its window; decompression emits once its input is complete). Readable/Writable/Duplex
// .toWeb/.fromWeb follow lib/internal/webstreams/adapters.js.
(function (internal) {
  'use strict';
  const web = internal.streamVendor.web;
  const vendorUtils = internal.streamVendor.utils;
  const host = internal.host;
  const process = internal.process;
  const Buffer = internal.Buffer;
  const { codes, nodeError } = internal.nodeErrors;
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const kEmptyObject = Object.freeze({ __proto__: null });

  function inspect(value, opts) { return internal.inspect(value, opts); }
  function invalidState(msg) { return nodeError(TypeError, 'ERR_INVALID_STATE', `Invalid state: ${msg}`); }
  function illegalConstructor() { return nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'); }
  function missingOption(name) { return nodeError(TypeError, 'ERR_MISSING_OPTION', `${name} is required`); }
  function queueMicrotask(fn) { host.queueMicrotask(fn); }
  function createDeferredPromise() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  }
  // lib/internal/webstreams/util.js customInspect: `this` is undefined there, so a stream nested deeper than
  // the inspect depth prints as `undefined` in node too.
  function customInspect(depth, options, name, data) {
    if (depth < 0) return undefined;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `${name} ${inspect(data, opts)}`;
  }
  function defineInspect(proto, fn) {
    Object.defineProperty(proto, kInspect, { value: fn, writable: true, configurable: true, enumerable: false });
  }

  // ---------------------------------------------------------------------------------------------------------
  // The polyfill's classes, with Node's errors, names and inspection.
  // ---------------------------------------------------------------------------------------------------------
  const P = {
    ReadableStream: web.ReadableStream,
    ReadableStreamDefaultReader: web.ReadableStreamDefaultReader,
    ReadableStreamBYOBReader: web.ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest: web.ReadableStreamBYOBRequest,
    ReadableByteStreamController: web.ReadableByteStreamController,
    ReadableStreamDefaultController: web.ReadableStreamDefaultController,
    TransformStream: web.TransformStream,
    TransformStreamDefaultController: web.TransformStreamDefaultController,
    WritableStream: web.WritableStream,
    WritableStreamDefaultWriter: web.WritableStreamDefaultWriter,
    WritableStreamDefaultController: web.WritableStreamDefaultController,
    ByteLengthQueuingStrategy: web.ByteLengthQueuingStrategy,
    CountQueuingStrategy: web.CountQueuingStrategy,
  };
  const isReadableStream = (v) => v instanceof P.ReadableStream && hasOwn(v, '_readableStreamController');
  const isWritableStream = (v) => v instanceof P.WritableStream && hasOwn(v, '_writableStreamController');
  const isTransformStream = (v) => v instanceof P.TransformStream && hasOwn(v, '_transformStreamController');

  // Sync errors of the polyfill, as Node reports them.
  const STATE_MESSAGES = {
    'This stream has already been locked for exclusive reading by another reader': 'ReadableStream is locked',
    'This stream has already been locked for exclusive writing by another writer': 'WritableStream is locked',
    'The stream is not in a state that permits enqueue': 'Controller is already closed',
    'The stream is not in a state that permits close': 'Controller is already closed',
    'The stream has already been closed; do not close it again!': 'Controller is already closed',
    'Readable side is not in a state that permits enqueue': 'Unable to enqueue',
    'ReadableStream.prototype.pipeThrough cannot be used on a locked ReadableStream': 'The ReadableStream is locked',
    'ReadableStream.prototype.pipeThrough cannot be used on a locked WritableStream': 'The WritableStream is locked',
    'chunk must have non-zero byteLength': 'chunk ArrayBuffer is zero-length or detached',
    "chunk's buffer must have non-zero byteLength": 'chunk ArrayBuffer is zero-length or detached',
    "chunk's buffer is detached and so cannot be enqueued": 'chunk ArrayBuffer is zero-length or detached',
    'This BYOB request has been invalidated': 'This BYOB request has been invalidated',
    'Reader was released and can no longer be used to monitor the stream\'s closedness': 'Reader released',
    'Reader was released': 'Releasing reader',
    'Writer was released and can no longer be used to monitor the stream\'s closedness': 'Writer has been released',
  };
  const kInvalidThis = /^([A-Za-z]+)\.prototype\.[A-Za-z]+ can only be used on a [A-Za-z]+$/;
  function translate(err) {
    if (err === null || typeof err !== 'object' || err.code !== undefined) return err;
    if (!(err instanceof TypeError) && !(err instanceof RangeError)) return err;
    const msg = err.message;
    if (msg === 'Illegal constructor') return illegalConstructor();
    const state = STATE_MESSAGES[msg];
    if (state !== undefined) return invalidState(state);
    const m = kInvalidThis.exec(msg);
    if (m !== null) return codes.ERR_INVALID_THIS(m[1]);
    if (/^Cannot [a-zA-Z ]+ a stream using a released writer$/.test(msg)) {
      return invalidState('Writer is not bound to a WritableStream');
    }
    if (/^Cannot [a-zA-Z ]+ a stream using a released reader$/.test(msg)) {
      return invalidState('The reader is not attached to a stream');
    }
    return err;
  }
  // Methods and accessors rethrow the polyfill's sync errors as Node's.
  function guard(fn, name) {
    const g = {
      [name](...args) {
        try {
          return Reflect.apply(fn, this, args);
        } catch (err) {
          throw translate(err);
        }
      },
    }[name];
    Object.defineProperty(g, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(g, 'length', { value: fn.length, configurable: true });
    return g;
  }
  function guardPrototype(proto, checks) {
    const done = new Map();
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || key === Symbol.toStringTag) continue;
      const d = Object.getOwnPropertyDescriptor(proto, key);
      const name = typeof key === 'symbol' ? 'method' : key;
      if (typeof d.value === 'function') {
        if (!done.has(d.value)) {
          let fn = d.value;
          const check = checks && checks[key];
          if (check) {
            const inner = fn;
            fn = { [name](...args) { return check.call(this, args, inner); } }[name];
            Object.defineProperty(fn, 'name', { value: inner.name, configurable: true });
            Object.defineProperty(fn, 'length', { value: inner.length, configurable: true });
          }
          done.set(d.value, guard(fn, name));
        }
        d.value = done.get(d.value);
      }
      if (typeof d.get === 'function') d.get = guard(d.get, name);
      Object.defineProperty(proto, key, d);
    }
  }
  // The polyfill keeps its state in `_fields` on the instances: make them non-enumerable, by setters (on an
  // object inserted above the class prototype, which keeps node's own property list) that turn the first
  // assignment into a non-enumerable own property.
  function hideFields(proto, names) {
    const holder = Object.create(Object.getPrototypeOf(proto));
    Object.setPrototypeOf(proto, holder);
    for (const key of names) {
      if (typeof key !== 'string' || key[0] !== '_' || hasOwn(holder, key)) continue;
      Object.defineProperty(holder, key, {
        configurable: true,
        enumerable: false,
        get() { return undefined; },
        set(v) { Object.defineProperty(this, key, { value: v, writable: true, configurable: true, enumerable: false }); },
      });
    }
  }
  function wrapClass(Orig, name, precheck, post) {
    const W = function (...args) {
      if (new.target === undefined) throw new TypeError(`Class constructor ${name} cannot be invoked without 'new'`);
      if (precheck) precheck(args);
      let self;
      try {
        self = Reflect.construct(Orig, args, new.target);
      } catch (err) {
        throw translate(err);
      }
      if (post) post(self);
      return self;
    };
    Object.defineProperty(W, 'length', { value: Orig.length, configurable: true });
    Object.defineProperty(W, 'name', { value: name, configurable: true });
    for (const k of Reflect.ownKeys(Orig)) {
      if (k === 'length' || k === 'name' || k === 'prototype') continue;
      Object.defineProperty(W, k, Object.getOwnPropertyDescriptor(Orig, k));
    }
    Object.defineProperty(W, 'prototype', { value: Orig.prototype, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(Orig.prototype, 'constructor', { value: W, writable: true, enumerable: false, configurable: true });
    return W;
  }

  // ---- argument validation as in Node's constructors ----
  function isObjectLike(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }
  function validateArg(value, name, allowNull) {
    if (value === undefined || (value === null && allowNull)) return;
    if (!isObjectLike(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
  function validateMembers(obj, prefix, names) {
    if (!isObjectLike(obj)) return;
    for (const n of names) {
      const v = obj[n];
      if (v !== undefined && typeof v !== 'function') throw codes.ERR_INVALID_ARG_TYPE(`${prefix}.${n}`, 'Function', v);
    }
  }
  // Node does not validate `start`: a non-function fails where node calls it, with these plain TypeErrors.
  function startQuirk(obj, message) {
    if (isObjectLike(obj) && obj.start !== undefined && typeof obj.start !== 'function') throw new TypeError(message);
  }
  function validateStrategy(strategy, bytes) {
    if (!isObjectLike(strategy)) return;
    const size = strategy.size;
    if (bytes && size !== undefined) throw codes.ERR_INVALID_ARG_VALUE('strategy.size', size, undefined, RangeError);
    if (size !== undefined && typeof size !== 'function') throw codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
    const hwm = strategy.highWaterMark;
    if (hwm !== undefined) {
      const n = +hwm;
      if (Number.isNaN(n) || n < 0) throw codes.ERR_INVALID_ARG_VALUE('strategy.highWaterMark', n, undefined, RangeError);
    }
  }
  function checkReadableStreamArgs([source, strategy]) {
    if (source === null) throw codes.ERR_INVALID_ARG_TYPE('source', 'object', source);
    validateArg(source, 'source');
    validateArg(strategy, 'strategy', true);
    startQuirk(source, 'Bind must be called on a function');
    validateMembers(source, 'source', ['pull', 'cancel']);
    let bytes = false;
    if (isObjectLike(source)) {
      const type = `${source.type}`;
      if (type === 'bytes') bytes = true;
      else if (type !== 'undefined') throw codes.ERR_INVALID_ARG_VALUE('source.type', type);
      if (bytes && source.autoAllocateChunkSize !== undefined && +source.autoAllocateChunkSize === 0) {
        throw codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
      }
    }
    validateStrategy(strategy, bytes);
  }
  function checkWritableStreamArgs([sink, strategy]) {
    if (sink === null) throw codes.ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    validateArg(sink, 'sink');
    validateArg(strategy, 'strategy', true);
    startQuirk(sink, 'Bind must be called on a function');
    validateMembers(sink, 'sink', ['write', 'close', 'abort']);
    if (isObjectLike(sink) && sink.type !== undefined) throw codes.ERR_INVALID_ARG_VALUE('type', sink.type, undefined, RangeError);
    validateStrategy(strategy, false);
  }
  function checkTransformStreamArgs([transformer, writableStrategy, readableStrategy]) {
    validateArg(transformer, 'transformer', true);
    validateArg(writableStrategy, 'writableStrategy', true);
    validateArg(readableStrategy, 'readableStrategy', true);
    startQuirk(transformer, 'FunctionPrototypeCall is not a function');
    validateMembers(transformer, 'transformer', ['transform', 'flush', 'cancel']);
    if (isObjectLike(transformer)) {
      if (transformer.readableType !== undefined) {
        throw codes.ERR_INVALID_ARG_VALUE('transformer.readableType', transformer.readableType, undefined, RangeError);
      }
      if (transformer.writableType !== undefined) {
        throw codes.ERR_INVALID_ARG_VALUE('transformer.writableType', transformer.writableType, undefined, RangeError);
      }
    }
    validateStrategy(writableStrategy, false);
    validateStrategy(readableStrategy, false);
  }
  function checkStream(isType, typeName) {
    return ([stream]) => {
      if (!isType(stream)) throw codes.ERR_INVALID_ARG_TYPE('stream', typeName, stream);
    };
  }
  function checkStrategyInit([init]) {
    if (!isObjectLike(init)) throw codes.ERR_INVALID_ARG_TYPE('init', 'object', init);
    if (init.highWaterMark === undefined) throw missingOption('init.highWaterMark');
  }
  function checkByobStream(args) {
    checkStream(isReadableStream, 'ReadableStream')(args);
    const stream = args[0];
    if (!(stream._readableStreamController instanceof P.ReadableByteStreamController)) {
      throw codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
  }

  // Rejections Node produces (the polyfill rejects in the same situations, with other errors).
  const rejected = (err) => Promise.reject(err);
  const closeQueuedOrInFlight = (s) => s._closeRequest !== undefined || s._inFlightCloseRequest !== undefined;
  function handledRejection(err) {
    const p = Promise.reject(err);
    p.then(undefined, () => {});
    return p;
  }
  // releaseLock() rejects the closed/ready promises (and pending reads) with Node's errors: the polyfill's
  // reject functions are wrapped before the call, and a promise it creates already rejected is replaced.
  function releaseWith(obj, pairs, requestsKey, run) {
    const before = pairs.map(([promiseKey, rejectKey]) => {
      const rej = obj[rejectKey];
      if (typeof rej === 'function') obj[rejectKey] = (e) => rej(translate(e));
      return obj[promiseKey];
    });
    if (requestsKey !== undefined && obj[requestsKey] && typeof obj[requestsKey].forEach === 'function') {
      obj[requestsKey].forEach((req) => {
        const steps = req._errorSteps;
        if (typeof steps === 'function') req._errorSteps = (e) => steps.call(req, translate(e));
      });
    }
    const ret = run();
    pairs.forEach(([promiseKey, , message], i) => {
      if (obj[promiseKey] !== before[i]) obj[promiseKey] = handledRejection(invalidState(message));
    });
    return ret;
  }
  function readerRelease(requestsKey) {
    return function releaseLock(args, inner) {
      if (!hasOwn(this, requestsKey) || this._ownerReadableStream === undefined) return inner.apply(this, args);
      return releaseWith(this, [['_closedPromise', '_closedPromise_reject', 'Reader released']], requestsKey,
        () => inner.apply(this, args));
    };
  }
  function validateOptions(options) {
    if (options !== undefined && options !== null && !isObjectLike(options)) throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  // ---- pipeTo / pipeThrough: Node's readableStreamPipeTo (its promise steps, not the polyfill's), over the
  // polyfill's reader/writer state ----
  const kPullSteps = Object.getOwnPropertySymbols(web.ReadableStreamDefaultController.prototype)
    .find((sym) => sym.description === '[[PullSteps]]');
  function setPromiseHandled(promise) { promise.then(() => {}, () => {}); }
  function validateAbortSignal(signal, name) {
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
    }
  }
  function readerRead(reader, request) {
    const stream = reader._ownerReadableStream;
    stream._disturbed = true;
    if (stream._state === 'closed') request._closeSteps();
    else if (stream._state === 'errored') request._errorSteps(stream._storedError);
    else stream._readableStreamController[kPullSteps](request);
  }
  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    let reader;
    let writer;
    let abortListener;
    try {
      reader = new P.ReadableStreamDefaultReader(source);
      writer = new P.WritableStreamDefaultWriter(dest);
    } catch (err) {
      return Promise.reject(translate(err));
    }
    source._disturbed = true;
    let shuttingDown = false;
    const promise = createDeferredPromise();
    const state = { currentWrite: Promise.resolve() };

    function finalize(rejected, error) {
      writer.releaseLock();
      P.ReadableStreamDefaultReader.prototype.releaseLock.call(reader);
      if (abortListener !== undefined) signal.removeEventListener('abort', abortListener);
      if (rejected) promise.reject(error);
      else promise.resolve();
    }
    async function waitForCurrentWrite() {
      const write = state.currentWrite;
      await write;
      if (write !== state.currentWrite) await waitForCurrentWrite();
    }
    function shutdownWithAnAction(action, rejected, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      function complete() {
        action().then(() => finalize(rejected, originalError), (error) => finalize(true, error));
      }
      if (dest._state === 'writable' && !closeQueuedOrInFlight(dest)) {
        waitForCurrentWrite().then(complete, (error) => finalize(true, error));
        return;
      }
      complete();
    }
    function shutdown(rejected, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest._state === 'writable' && !closeQueuedOrInFlight(dest)) {
        waitForCurrentWrite().then(() => finalize(rejected, error), (err) => finalize(true, err));
        return;
      }
      finalize(rejected, error);
    }
    function abortAlgorithm() {
      let error = signal.reason;
      const AbortError = internal.events && internal.events.AbortError;
      if (AbortError && error instanceof AbortError) error = new internal.web.DOMException(error.message, 'AbortError');
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest._state === 'writable' ? writer.abort(error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source._state === 'readable' ? reader.cancel(error) : Promise.resolve()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    }
    function watchErrored(stream, closedPromise, action) {
      if (stream._state === 'errored') action(stream._storedError);
      else closedPromise.then(undefined, action);
    }
    function watchClosed(stream, closedPromise, action) {
      if (stream._state === 'closed') action();
      else closedPromise.then(action, () => {});
    }
    async function step() {
      if (shuttingDown) return true;
      await writer._readyPromise;
      const read = createDeferredPromise();
      readerRead(reader, {
        _chunkSteps(chunk) {
          state.currentWrite = writer.write(chunk);
          setPromiseHandled(state.currentWrite);
          read.resolve(false);
        },
        _closeSteps() { read.resolve(true); },
        _errorSteps(error) { read.reject(error); },
      });
      return read.promise;
    }
    async function run() {
      while (!await step());
    }
    if (signal !== undefined) {
      if (signal.aborted) {
        abortAlgorithm();
        return promise.promise;
      }
      abortListener = abortAlgorithm;
      signal.addEventListener('abort', abortListener, { once: true });
    }
    setPromiseHandled(run());
    watchErrored(source, reader._closedPromise, (error) => {
      if (!preventAbort) return shutdownWithAnAction(() => writer.abort(error), true, error);
      shutdown(true, error);
    });
    watchErrored(dest, writer._closedPromise, (error) => {
      if (!preventCancel) return shutdownWithAnAction(() => reader.cancel(error), true, error);
      shutdown(true, error);
    });
    watchClosed(source, reader._closedPromise, () => {
      if (!preventClose) {
        return shutdownWithAnAction(() => {
          const st = dest._state;
          if (closeQueuedOrInFlight(dest) || st === 'closed') return Promise.resolve();
          if (st === 'errored') return Promise.reject(dest._storedError);
          return writer.close();
        });
      }
      shutdown();
    });
    if (closeQueuedOrInFlight(dest) || dest._state === 'closed') {
      const error = invalidState('Destination WritableStream is closed');
      if (!preventCancel) shutdownWithAnAction(() => reader.cancel(error), true, error);
      else shutdown(true, error);
    }
    return promise.promise;
  }

  // ---- tee() of a default stream: Node's readableStreamDefaultTee (chunks a microtask later, close on the
  // next tick) ----
  const canCloseOrEnqueue = (c) => !c._closeRequested && c._controlledReadableStream._state === 'readable';
  function createReadableStream(pullAlgorithm, cancelAlgorithm) {
    const stream = new P.ReadableStream(undefined, { highWaterMark: 1 });
    const controller = stream._readableStreamController;
    controller._pullAlgorithm = pullAlgorithm;
    controller._cancelAlgorithm = cancelAlgorithm;
    return markInternal(stream);
  }
  function readableStreamDefaultTee(stream) {
    const reader = new P.ReadableStreamDefaultReader(stream);
    let reading = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = createDeferredPromise();
    const enqueue = (branch, value) => {
      const c = branch._readableStreamController;
      if (canCloseOrEnqueue(c)) c.enqueue(value);
    };
    const close = (branch) => {
      const c = branch._readableStreamController;
      if (canCloseOrEnqueue(c)) c.close();
    };
    async function pullAlgorithm() {
      if (reading) return;
      reading = true;
      readerRead(reader, {
        _chunkSteps(value) {
          queueMicrotask(() => {
            reading = false;
            if (!canceled1) enqueue(branch1, value);
            if (!canceled2) enqueue(branch2, value);
          });
        },
        _closeSteps() {
          process.nextTick(() => {
            reading = false;
            if (!canceled1) close(branch1);
            if (!canceled2) close(branch2);
            if (!canceled1 || !canceled2) cancelPromise.resolve();
          });
        },
        _errorSteps() { reading = false; },
      });
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(reader.cancel([reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(reader.cancel([reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = createReadableStream(pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(pullAlgorithm, cancel2Algorithm);
    reader._closedPromise.then(undefined, (error) => {
      branch1._readableStreamController.error(error);
      branch2._readableStreamController.error(error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
    return [branch1, branch2];
  }

  const kIteratorPrototype = Object.create(
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype), {
      next: { value: undefined, writable: true, enumerable: true, configurable: true },
      return: { value: undefined, writable: true, enumerable: true, configurable: true },
    });
  const CHECKS = {
    ReadableStream: {
      values(args, inner) {
        if (!isReadableStream(this)) return inner.apply(this, args);
        validateOptions(args[0]);
        // Node's iterator is a plain object with own next/return/[Symbol.asyncIterator].
        const impl = inner.apply(this, args);
        return Object.setPrototypeOf({
          next() { return impl.next(); },
          return(value) { return impl.return(value); },
          [Symbol.asyncIterator]() { return this; },
        }, kIteratorPrototype);
      },
      tee(args, inner) {
        if (isReadableStream(this) && this._readableStreamController instanceof P.ReadableStreamDefaultController) {
          if (this._reader !== undefined) throw invalidState('ReadableStream is locked');
          return readableStreamDefaultTee(this);
        }
        const branches = inner.apply(this, args);
        branches.forEach(markInternal);
        return branches;
      },
      cancel(args, inner) {
        if (isReadableStream(this) && this._reader !== undefined) return rejected(invalidState('ReadableStream is locked'));
        return inner.apply(this, args);
      },
      getReader(args, inner) {
        const options = args[0];
        validateOptions(options);
        if (isReadableStream(this) && isObjectLike(options) && options.mode !== undefined) {
          const mode = `${options.mode}`;
          if (mode !== 'byob') throw codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
          checkByobStream([this]);
        }
        return inner.apply(this, args);
      },
      pipeThrough(args) {
        if (!isReadableStream(this)) throw codes.ERR_INVALID_THIS('ReadableStream');
        const [transform, options] = args;
        const readable = isObjectLike(transform) ? transform.readable : undefined;
        if (!isReadableStream(readable)) throw codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
        const writable = isObjectLike(transform) ? transform.writable : undefined;
        if (!isWritableStream(writable)) throw codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
        validateOptions(options);
        const { preventAbort, preventCancel, preventClose, signal } = options ?? kEmptyObject;
        if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
        if (this._reader !== undefined) throw invalidState('The ReadableStream is locked');
        if (writable._writer !== undefined) throw invalidState('The WritableStream is locked');
        const promise = readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort, !!preventCancel, signal);
        setPromiseHandled(promise);
        return readable;
      },
      pipeTo(args) {
        try {
          if (!isReadableStream(this)) throw codes.ERR_INVALID_THIS('ReadableStream');
          const [dest, options] = args;
          if (!isWritableStream(dest)) throw codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
          validateOptions(options);
          const { preventAbort, preventCancel, preventClose, signal } = options ?? kEmptyObject;
          if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
          if (this._reader !== undefined) throw invalidState('The ReadableStream is locked');
          if (dest._writer !== undefined) throw invalidState('The WritableStream is locked');
          return readableStreamPipeTo(this, dest, !!preventClose, !!preventAbort, !!preventCancel, signal);
        } catch (err) {
          return Promise.reject(err);
        }
      },
    },
    WritableStream: {
      abort(args, inner) {
        if (isWritableStream(this) && this._writer !== undefined) return rejected(invalidState('WritableStream is locked'));
        return inner.apply(this, args);
      },
      close(args, inner) {
        if (isWritableStream(this) && this._writer !== undefined) return rejected(invalidState('WritableStream is locked'));
        return inner.apply(this, args);
      },
    },
    ReadableStreamDefaultReader: {
      releaseLock: readerRelease('_readRequests'),
      read(args, inner) {
        if (this instanceof P.ReadableStreamDefaultReader && hasOwn(this, '_readRequests') && this._ownerReadableStream === undefined) {
          return rejected(invalidState('The reader is not attached to a stream'));
        }
        return inner.apply(this, args);
      },
    },
    ReadableStreamBYOBReader: {
      releaseLock: readerRelease('_readIntoRequests'),
      read(args, inner) {
        if (this instanceof P.ReadableStreamBYOBReader && hasOwn(this, '_readIntoRequests')) {
          if (this._ownerReadableStream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
          const view = args[0];
          if (!ArrayBuffer.isView(view)) return rejected(codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
        }
        return inner.apply(this, args);
      },
    },
    ReadableStreamBYOBRequest: {
      respond(args, inner) {
        try {
          return inner.apply(this, args);
        } catch (err) {
          if (err instanceof TypeError && /^bytesWritten /.test(err.message)) throw codes.ERR_INVALID_ARG_VALUE('bytesWritten', args[0]);
          if (err instanceof RangeError && err.message === 'bytesWritten out of range') {
            throw codes.ERR_INVALID_ARG_VALUE('bytesWritten', args[0], undefined, RangeError);
          }
          throw err;
        }
      },
    },
    ReadableByteStreamController: {
      enqueue(args, inner) {
        const chunk = args[0];
        if (hasOwn(this, '_controlledReadableByteStream') && !ArrayBuffer.isView(chunk)) {
          throw codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
        }
        return inner.apply(this, args);
      },
    },
    WritableStreamDefaultWriter: {
      releaseLock(args, inner) {
        if (!hasOwn(this, '_readyPromise') || this._ownerWritableStream === undefined) return inner.apply(this, args);
        return releaseWith(this, [
          ['_readyPromise', '_readyPromise_reject', 'Writer has been released'],
          ['_closedPromise', '_closedPromise_reject', 'Writer has been released'],
        ], undefined, () => inner.apply(this, args));
      },
      write(args, inner) {
        if (this instanceof P.WritableStreamDefaultWriter && hasOwn(this, '_readyPromise')) {
          const s = this._ownerWritableStream;
          if (s === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
          if (s._state !== 'errored' && s._state !== 'erroring' && (s._state === 'closed' || closeQueuedOrInFlight(s))) {
            return rejected(invalidState('WritableStream is closed'));
          }
        }
        return inner.apply(this, args);
      },
      close(args, inner) {
        if (this instanceof P.WritableStreamDefaultWriter && hasOwn(this, '_readyPromise')) {
          const s = this._ownerWritableStream;
          if (s === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
          if (closeQueuedOrInFlight(s)) return rejected(invalidState('Failure to close WritableStream'));
        }
        return inner.apply(this, args);
      },
      abort(args, inner) {
        if (this instanceof P.WritableStreamDefaultWriter && hasOwn(this, '_readyPromise') && this._ownerWritableStream === undefined) {
          return rejected(invalidState('Writer is not bound to a WritableStream'));
        }
        return inner.apply(this, args);
      },
    },
  };

  // Sample instances tell which `_fields` each class keeps.
  const samples = {};
  {
    const rs = new P.ReadableStream({ start(c) { samples.ReadableStreamDefaultController = c; } });
    samples.ReadableStream = rs;
    samples.ReadableStreamDefaultReader = rs.getReader();
    const bs = new P.ReadableStream({ type: 'bytes', start(c) { samples.ReadableByteStreamController = c; } });
    samples.ReadableStreamBYOBReader = bs.getReader({ mode: 'byob' });
    const ws = new P.WritableStream({ start(c) { samples.WritableStreamDefaultController = c; } });
    samples.WritableStream = ws;
    samples.WritableStreamDefaultWriter = ws.getWriter();
    samples.TransformStream = new P.TransformStream({ start(c) { samples.TransformStreamDefaultController = c; } });
    samples.ByteLengthQueuingStrategy = new P.ByteLengthQueuingStrategy({ highWaterMark: 1 });
    samples.CountQueuingStrategy = new P.CountQueuingStrategy({ highWaterMark: 1 });
  }
  const extraFields = {
    ReadableStreamBYOBRequest: ['_associatedReadableByteStreamController', '_view'],
    ReadableByteStreamController: ['_byobRequest'],
  };
  for (const name of Object.keys(P)) {
    const fields = samples[name] ? Object.keys(samples[name]) : [];
    hideFields(P[name].prototype, fields.concat(extraFields[name] || []));
  }

  const PRECHECKS = {
    ReadableStream: checkReadableStreamArgs,
    WritableStream: checkWritableStreamArgs,
    TransformStream: checkTransformStreamArgs,
    ReadableStreamDefaultReader: checkStream(isReadableStream, 'ReadableStream'),
    ReadableStreamBYOBReader: checkByobStream,
    WritableStreamDefaultWriter: checkStream(isWritableStream, 'WritableStream'),
    ByteLengthQueuingStrategy: checkStrategyInit,
    CountQueuingStrategy: checkStrategyInit,
  };
  // Streams node creates internally (a TransformStream's sides, tee() branches, ReadableStream.from()) carry an
  // own enumerable `constructor` there.
  function markInternal(stream) {
    Object.defineProperty(stream, 'constructor', {
      value: stream instanceof P.ReadableStream ? W.ReadableStream : W.WritableStream,
      writable: true, enumerable: true, configurable: true,
    });
    return stream;
  }
  const POST = {
    TransformStream(ts) {
      markInternal(ts._readable);
      markInternal(ts._writable);
    },
  };
  const W = {};
  for (const name of Object.keys(P)) {
    guardPrototype(P[name].prototype, CHECKS[name]);
    W[name] = wrapClass(P[name], name, PRECHECKS[name], POST[name]);
  }
  {
    const from = P.ReadableStream.from;
    Object.defineProperty(W.ReadableStream, 'from', {
      value: { from(iterable) {
        if (iterable == null || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function')) {
          throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${internal.util.format('%s', iterable)} must be iterable`);
        }
        try {
          return markInternal(from(iterable));
        } catch (err) {
          throw translate(err);
        }
      } }.from,
      writable: true, configurable: true, enumerable: true,
    });
  }
  // The async iterator is `values` under its other name.
  Object.defineProperty(P.ReadableStream.prototype, Symbol.asyncIterator, {
    value: P.ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
  });

  const INSPECT = {
    ReadableStream() {
      return { locked: this.locked, state: this._state, supportsBYOB: this._readableStreamController instanceof P.ReadableByteStreamController };
    },
    ReadableStreamDefaultReader() {
      return { stream: this._ownerReadableStream, readRequests: this._readRequests.length, close: this._closedPromise };
    },
    ReadableStreamBYOBReader() {
      return { stream: this._ownerReadableStream, readIntoRequests: this._readIntoRequests.length, close: this._closedPromise };
    },
    ReadableStreamBYOBRequest() { return { view: this._view, controller: this._associatedReadableByteStreamController }; },
    ReadableByteStreamController() { return {}; },
    ReadableStreamDefaultController() { return {}; },
    WritableStream() { return { locked: this.locked, state: this._state }; },
    WritableStreamDefaultWriter() {
      const s = this._ownerWritableStream;
      let desiredSize = null;
      if (s !== undefined && s._state !== 'errored' && s._state !== 'erroring') {
        desiredSize = s._state === 'closed' ? 0 : s._writableStreamController._strategyHWM - s._writableStreamController._queueTotalSize;
      }
      return { stream: s, close: this._closedPromise, ready: this._readyPromise, desiredSize };
    },
    WritableStreamDefaultController() { return { stream: this._controlledWritableStream }; },
    TransformStream() { return { readable: this._readable, writable: this._writable, backpressure: this._backpressure }; },
    TransformStreamDefaultController() { return { stream: this._controlledTransformStream }; },
    ByteLengthQueuingStrategy() { return { highWaterMark: this.highWaterMark }; },
    CountQueuingStrategy() { return { highWaterMark: this.highWaterMark }; },
  };
  for (const name of Object.keys(INSPECT)) {
    const data = INSPECT[name];
    defineInspect(P[name].prototype, function (depth, options) {
      return customInspect(depth, options, name, data.call(this));
    });
  }

  const {
    ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy,
  } = W;

  // ---------------------------------------------------------------------------------------------------------
  // Blob and File (lib/internal/blob.js, lib/internal/file.js).
  // ---------------------------------------------------------------------------------------------------------
  const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;
  const kCreate = Symbol('kCreate');
  let encoder;
  let decoder;
  function normalizeType(type) {
    type = `${type}`;
    return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
  }
  function toIntegerOrZero(v) {
    const n = Number(v);
    if (!Number.isFinite(n)) return 0;
    return Math.trunc(n);
  }
  // A Blob's data is a queue of entries, as node's DataQueue: an in-memory entry `{ size, bytes }` per source
  // part, and for a Blob part an entry `{ size, queue }` holding that Blob's queue. Reading pulls one chunk per
  // in-memory entry (empty ones included), with one empty pull between two entries, then end of data; node's
  // arrayBuffer()/text()/stream() take a microtask per pull. slice() keeps the entries the range touches,
  // node's way: an entry the range starts exactly at the end of is kept (empty).
  function sliceQueue(queue, size, start, end) {
    start = Math.min(start, size);
    let remaining = Math.max(start, Math.min(end, size)) - start;
    const out = [];
    for (const entry of queue) {
      if (remaining <= 0) break;
      if (start > entry.size) {
        start -= entry.size;
        continue;
      }
      const take = Math.min(remaining, entry.size - start);
      if (entry.bytes !== undefined) {
        out.push({ size: take, bytes: entry.bytes.subarray(start, start + take) });
      } else {
        out.push({ size: take, queue: sliceQueue(entry.queue, entry.size, start, start + take) });
      }
      remaining -= take;
      start = 0;
    }
    return out;
  }
  // The pulls of a queue: Uint8Array chunks and `undefined` for the empty pulls between entries.
  function queuePulls(queue, out) {
    for (let i = 0; i < queue.length; i++) {
      if (i > 0) out.push(undefined);
      const entry = queue[i];
      if (entry.bytes !== undefined) out.push(entry.bytes);
      else queuePulls(entry.queue, out);
    }
    return out;
  }
  function queueReader(queue) {
    const pulls = queuePulls(queue, []);
    let i = 0;
    return function pull(callback) {
      if (i >= pulls.length) return callback(0);
      return callback(1, pulls[i++]);
    };
  }
  function concatQueue(queue, length) {
    const out = new Uint8Array(length);
    let off = 0;
    for (const chunk of queuePulls(queue, [])) {
      if (chunk === undefined) continue;
      out.set(chunk, off);
      off += chunk.byteLength;
    }
    return out.buffer;
  }

  class Blob {
    #queue;
    #length;
    #type;

    constructor(sources = [], options) {
      if (sources === kCreate) {
        this.#queue = options.queue;
        this.#length = options.length;
        this.#type = options.type;
        return;
      }
      if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
        throw codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
      }
      if (options != null && typeof options !== 'object' && typeof options !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
      }
      let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
      endings = `${endings}`;
      if (endings !== 'transparent' && endings !== 'native') throw codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
      const queue = [];
      let length = 0;
      for (const source of sources) {
        if (isBlob(source)) {
          queue.push({ size: source.#length, queue: source.#queue });
          length += source.#length;
          continue;
        }
        let bytes;
        if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
          bytes = new Uint8Array(source.slice(0));
        } else if (ArrayBuffer.isView(source)) {
          bytes = new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
        } else {
          let str = `${source}`;
          if (endings === 'native') str = str.replace(/\n|\r\n/g, '\n');
          if (encoder === undefined) encoder = new internal.TextEncoder();
          bytes = encoder.encode(str);
        }
        queue.push({ size: bytes.byteLength, bytes });
        length += bytes.byteLength;
      }
      this.#queue = queue;
      this.#length = length;
      this.#type = normalizeType(type);
    }

    static isBlob(value) {
      return value !== null && typeof value === 'object' && #queue in value;
    }

    [kInspect](depth, options) {
      if (depth < 0) return options.stylize('[Blob]', 'special');
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
    }

    get type() {
      if (!isBlob(this)) throw codes.ERR_INVALID_THIS('Blob');
      return this.#type;
    }

    get size() {
      if (!isBlob(this)) throw codes.ERR_INVALID_THIS('Blob');
      return this.#length;
    }

    slice(start = 0, end = isBlob(this) ? this.#length : undefined, contentType = '') {
      if (!isBlob(this)) throw codes.ERR_INVALID_THIS('Blob');
      const length = this.#length;
      start = toIntegerOrZero(start);
      end = toIntegerOrZero(end);
      start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
      end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
      const type = normalizeType(contentType);
      const span = Math.max(end - start, 0);
      const queue = sliceQueue(this.#queue, length, start, start + span);
      return new Blob(kCreate, { queue, length: span, type });
    }

    arrayBuffer() {
      if (!isBlob(this)) return Promise.reject(codes.ERR_INVALID_THIS('Blob'));
      return readAll(this.#queue, this.#length);
    }

    async text() {
      if (!isBlob(this)) throw codes.ERR_INVALID_THIS('Blob');
      if (decoder === undefined) decoder = new internal.TextDecoder();
      return decoder.decode(await readAll(this.#queue, this.#length));
    }

    bytes() {
      if (!isBlob(this)) return Promise.reject(codes.ERR_INVALID_THIS('Blob'));
      return readAll(this.#queue, this.#length).then((buffer) => new Uint8Array(buffer));
    }

    stream() {
      if (!isBlob(this)) throw codes.ERR_INVALID_THIS('Blob');
      return blobStream(queueReader(this.#queue));
    }
  }
  const isBlob = Blob.isBlob;
  delete Blob.isBlob;

  function readAll(queue, length) {
    const { promise, resolve } = createDeferredPromise();
    const pull = queueReader(queue);
    const readNext = () => {
      pull((status) => {
        if (status === 0) {
          resolve(concatQueue(queue, length));
          return;
        }
        queueMicrotask(readNext);
      });
    };
    readNext();
    return promise;
  }

  function blobStream(pull) {
    let pendingPulls = [];
    return new ReadableStream({
      type: 'bytes',
      start() {},
      pull(c) {
        const { promise, resolve, reject } = createDeferredPromise();
        pendingPulls.push({ resolve, reject });
        const readNext = () => {
          pull((status, buffer) => {
            if (pendingPulls.length === 0) return;
            if (status === 0) {
              c.close();
              const req = c.byobRequest;
              if (req) req.respond(0);
              pendingPulls.shift().resolve();
              return;
            }
            if (buffer !== undefined && buffer.byteLength !== 0) c.enqueue(new Uint8Array(buffer));
            queueMicrotask(() => {
              if (c.desiredSize < 0) {
                if (pendingPulls.length !== 0) pendingPulls.shift().resolve();
                return;
              }
              readNext();
            });
          });
        };
        readNext();
        return promise;
      },
      cancel(reason) {
        for (const pending of pendingPulls) pending.reject(reason);
        pendingPulls = [];
      },
    }, { highWaterMark: 0 });
  }

  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { configurable: true, value: 'Blob' });
  for (const k of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
    Object.defineProperty(Blob.prototype, k, { enumerable: true });
  }

  class File extends Blob {
    #name;
    #lastModified;

    constructor(fileBits, fileName, options = kEmptyObject) {
      if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('fileBits', 'fileName');
      super(fileBits, options);
      let { lastModified } = options ?? kEmptyObject;
      if (lastModified !== undefined) {
        lastModified = +lastModified;
        if (Number.isNaN(lastModified)) lastModified = 0;
      } else {
        lastModified = Date.now();
      }
      this.#name = internal.modules.util.toUSVString(fileName);
      this.#lastModified = lastModified;
    }

    static isFile(value) {
      return value !== null && typeof value === 'object' && #name in value;
    }

    // (Node 20 reads its private fields without a brand check: V8's TypeError.)
    get name() {
      if (!isFile(this)) throw new TypeError('Cannot read private member #name from an object whose class did not declare it');
      return this.#name;
    }

    get lastModified() {
      if (!isFile(this)) {
        throw new TypeError('Cannot read private member #lastModified from an object whose class did not declare it');
      }
      return this.#lastModified;
    }

    [kInspect](depth, options) {
      if (depth < 0) return options.stylize('[File]', 'special');
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      return `File ${inspect({ size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified }, opts)}`;
    }
  }
  const isFile = File.isFile;
  delete File.isFile;
  Object.defineProperty(File.prototype, Symbol.toStringTag, { configurable: true, value: 'File' });
  for (const k of ['name', 'lastModified']) Object.defineProperty(File.prototype, k, { enumerable: true });

  // ---------------------------------------------------------------------------------------------------------
  // TextEncoderStream / TextDecoderStream (lib/internal/webstreams/encoding.js).
  // ---------------------------------------------------------------------------------------------------------
  class TextEncoderStream {
    #pendingHighSurrogate = null;
    #handle;
    #transform;

    constructor() {
      this.#handle = new internal.TextEncoder();
      this.#transform = new TransformStream({
        transform: (chunk, controller) => {
          chunk = String(chunk);
          let finalChunk = '';
          for (let i = 0; i < chunk.length; i++) {
            const item = chunk[i];
            const codeUnit = item.charCodeAt(0);
            if (this.#pendingHighSurrogate !== null) {
              const highSurrogate = this.#pendingHighSurrogate;
              this.#pendingHighSurrogate = null;
              if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
                finalChunk += highSurrogate + item;
                continue;
              }
              finalChunk += '\uFFFD';
            }
            if (codeUnit >= 0xD800 && codeUnit <= 0xDBFF) {
              this.#pendingHighSurrogate = item;
              continue;
            }
            if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
              finalChunk += '\uFFFD';
              continue;
            }
            finalChunk += item;
          }
          if (finalChunk) controller.enqueue(this.#handle.encode(finalChunk));
        },
        flush: (controller) => {
          if (this.#pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        },
      });
    }

    static is(value) { return value !== null && typeof value === 'object' && #handle in value; }

    get encoding() {
      if (!isTextEncoderStream(this)) throw codes.ERR_INVALID_THIS('TextEncoderStream');
      return this.#handle.encoding;
    }

    get readable() {
      if (!isTextEncoderStream(this)) throw codes.ERR_INVALID_THIS('TextEncoderStream');
      return this.#transform.readable;
    }

    get writable() {
      if (!isTextEncoderStream(this)) throw codes.ERR_INVALID_THIS('TextEncoderStream');
      return this.#transform.writable;
    }

    [kInspect](depth, options) {
      if (!isTextEncoderStream(this)) throw codes.ERR_INVALID_THIS('TextEncoderStream');
      return customInspect(depth, options, 'TextEncoderStream', {
        encoding: this.#handle.encoding,
        readable: this.#transform.readable,
        writable: this.#transform.writable,
      });
    }
  }
  const isTextEncoderStream = TextEncoderStream.is;
  delete TextEncoderStream.is;

  class TextDecoderStream {
    #handle;
    #transform;

    constructor(encoding = 'utf-8', options = kEmptyObject) {
      this.#handle = new internal.TextDecoder(encoding, options);
      this.#transform = new TransformStream({
        transform: (chunk, controller) => {
          const value = this.#handle.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush: (controller) => {
          const value = this.#handle.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      });
    }

    static is(value) { return value !== null && typeof value === 'object' && #handle in value; }

    get encoding() {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return this.#handle.encoding;
    }

    get fatal() {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return this.#handle.fatal;
    }

    get ignoreBOM() {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return this.#handle.ignoreBOM;
    }

    get readable() {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return this.#transform.readable;
    }

    get writable() {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return this.#transform.writable;
    }

    [kInspect](depth, options) {
      if (!isTextDecoderStream(this)) throw codes.ERR_INVALID_THIS('TextDecoderStream');
      return customInspect(depth, options, 'TextDecoderStream', {
        encoding: this.#handle.encoding,
        fatal: this.#handle.fatal,
        ignoreBOM: this.#handle.ignoreBOM,
        readable: this.#transform.readable,
        writable: this.#transform.writable,
      });
    }
  }
  const isTextDecoderStream = TextDecoderStream.is;
  delete TextDecoderStream.is;

  // ---------------------------------------------------------------------------------------------------------
  // CompressionStream / DecompressionStream over the sync zlib functions.
  // ---------------------------------------------------------------------------------------------------------
  const kZlibChunk = 16384;
  function chunkToBytes(chunk) {
    if (typeof chunk === 'string') return Buffer.from(chunk);
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  function enqueueChunked(controller, bytes, from) {
    for (let off = from; off < bytes.byteLength; off += kZlibChunk) {
      controller.enqueue(new Uint8Array(bytes.subarray(off, Math.min(off + kZlibChunk, bytes.byteLength))));
    }
  }
  function unmarked(ts) {
    delete ts.readable.constructor;
    delete ts.writable.constructor;
    return ts;
  }
  function zlibTransform(op, headerLength) {
    const input = [];
    let headerSent = false;
    let header;
    return unmarked(new TransformStream({
      transform(chunk, controller) {
        const bytes = chunkToBytes(chunk);
        input.push(new Uint8Array(bytes));
        // zlib writes the format header as soon as it is given input; the data follows at the end.
        if (!headerSent && headerLength > 0 && bytes.byteLength > 0) {
          headerSent = true;
          header = run(op, new Uint8Array(0)).subarray(0, headerLength);
          controller.enqueue(new Uint8Array(header));
        }
      },
      flush(controller) {
        const out = run(op, Buffer.concat(input));
        enqueueChunked(controller, out, headerSent ? headerLength : 0);
      },
    }));
  }
  function run(op, bytes) {
    const zlib = internal.modules.zlib;
    return zlib[op + 'Sync'](bytes);
  }
  // Node's inflater emits output as soon as its input completes (and fails as soon as it is invalid): the input
  // is retried as it grows (up to 1 MiB; past that it waits for close), and whatever is left is inflated at close.
  const kRetryLimit = 1 << 20;
  function decompressTransform(op) {
    let input = [];
    let size = 0;
    const inflate = (bytes) => internal.modules.zlib[op + 'Sync'](bytes);
    return unmarked(new TransformStream({
      transform(chunk, controller) {
        const bytes = chunkToBytes(chunk);
        if (bytes.byteLength === 0) return;
        input.push(new Uint8Array(bytes));
        size += bytes.byteLength;
        if (size > kRetryLimit) return;
        let out;
        try {
          out = inflate(Buffer.concat(input));
        } catch (err) {
          if (err && err.code === 'Z_BUF_ERROR') return;
          throw err;
        }
        input = [];
        size = 0;
        enqueueChunked(controller, out, 0);
      },
      flush(controller) {
        if (input.length === 0) return;
        enqueueChunked(controller, inflate(Buffer.concat(input)), 0);
      },
    }));
  }
  const COMPRESS = { 'deflate': ['deflate', 2], 'deflate-raw': ['deflateRaw', 0], 'gzip': ['gzip', 10] };
  const DECOMPRESS = { 'deflate': 'inflate', 'deflate-raw': 'inflateRaw', 'gzip': 'gunzip' };

  class CompressionStream {
    #transform;

    constructor(format) {
      if (typeof format !== 'string' || !hasOwn(COMPRESS, format)) throw codes.ERR_INVALID_ARG_VALUE('format', format);
      const [op, headerLength] = COMPRESS[format];
      this.#transform = zlibTransform(op, headerLength);
    }

    static is(value) { return value !== null && typeof value === 'object' && #transform in value; }

    get readable() {
      if (!isCompressionStream(this)) throw codes.ERR_INVALID_THIS('CompressionStream');
      return this.#transform.readable;
    }

    get writable() {
      if (!isCompressionStream(this)) throw codes.ERR_INVALID_THIS('CompressionStream');
      return this.#transform.writable;
    }

    [kInspect](depth, options) {
      if (!isCompressionStream(this)) throw codes.ERR_INVALID_THIS('CompressionStream');
      return customInspect(depth, options, 'CompressionStream', {
        readable: this.#transform.readable,
        writable: this.#transform.writable,
      });
    }
  }
  const isCompressionStream = CompressionStream.is;
  delete CompressionStream.is;

  class DecompressionStream {
    #transform;

    constructor(format) {
      if (typeof format !== 'string' || !hasOwn(DECOMPRESS, format)) throw codes.ERR_INVALID_ARG_VALUE('format', format);
      this.#transform = decompressTransform(DECOMPRESS[format]);
    }

    static is(value) { return value !== null && typeof value === 'object' && #transform in value; }

    get readable() {
      if (!isDecompressionStream(this)) throw codes.ERR_INVALID_THIS('DecompressionStream');
      return this.#transform.readable;
    }

    get writable() {
      if (!isDecompressionStream(this)) throw codes.ERR_INVALID_THIS('DecompressionStream');
      return this.#transform.writable;
    }

    [kInspect](depth, options) {
      if (!isDecompressionStream(this)) throw codes.ERR_INVALID_THIS('DecompressionStream');
      return customInspect(depth, options, 'DecompressionStream', {
        readable: this.#transform.readable,
        writable: this.#transform.writable,
      });
    }
  }
  const isDecompressionStream = DecompressionStream.is;
  delete DecompressionStream.is;

  // (Node 20 gives only the compression classes a toStringTag.)
  for (const [Cls, tag, keys] of [
    [TextEncoderStream, undefined, ['encoding', 'readable', 'writable']],
    [TextDecoderStream, undefined, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']],
    [CompressionStream, 'CompressionStream', ['readable', 'writable']],
    [DecompressionStream, 'DecompressionStream', ['readable', 'writable']],
  ]) {
    for (const k of keys) Object.defineProperty(Cls.prototype, k, { enumerable: true });
    if (tag !== undefined) Object.defineProperty(Cls.prototype, Symbol.toStringTag, { configurable: true, value: tag });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Node stream <-> web stream adapters (lib/internal/webstreams/adapters.js).
  // ---------------------------------------------------------------------------------------------------------
  const { Readable, Writable, Duplex } = internal.stream;
  const destroy = internal.stream.Stream.destroy;
  const finished = internal.stream.Stream.finished;
  const { isDestroyed, isReadable, isWritable, isWritableEnded } = vendorUtils;
  const ZLIB_FAILURES = new Set(['Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
    'Z_BUF_ERROR', 'Z_VERSION_ERROR']);

  function prematureClose() { return nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); }
  function handleKnownInternalErrors(cause) {
    if (cause != null && cause.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const err = internal.errors.abortError(cause);
      return err;
    }
    if (cause != null && ZLIB_FAILURES.has(cause.code)) {
      const err = new TypeError(undefined, { cause });
      err.code = cause.code;
      return err;
    }
    return cause;
  }
  function validateOptionsObject(options, name) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', options);
    }
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
  function normalizeEncoding(enc) {
    if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
    const lower = `${enc}`.toLowerCase();
    return lower === 'utf-8' ? 'utf8' : lower;
  }
  function encodeChunk(chunk, encoding) {
    if (normalizeEncoding(encoding) === 'utf8') {
      if (encoder === undefined) encoder = new internal.TextEncoder();
      return encoder.encode(chunk);
    }
    const buf = Buffer.from(chunk, encoding);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  function rethrowLater(error) { process.nextTick(() => { throw error; }); }

  function newWritableStreamFromStreamWritable(streamWritable) {
    const ok = streamWritable && typeof streamWritable.write === 'function' && typeof streamWritable.on === 'function';
    if (!ok) throw codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
    if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
      const writable = new WritableStream();
      writable.close();
      return writable;
    }
    const highWaterMark = streamWritable.writableHighWaterMark;
    const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
    let controller;
    let backpressurePromise;
    let closed;

    function onDrain() {
      if (backpressurePromise !== undefined) backpressurePromise.resolve();
    }
    const cleanup = finished(streamWritable, (error) => {
      error = handleKnownInternalErrors(error);
      cleanup();
      // Protection against legacy streams that emit 'error' again after finished.
      streamWritable.on('error', () => {});
      if (error != null) {
        if (backpressurePromise !== undefined) backpressurePromise.reject(error);
        if (closed !== undefined) {
          closed.reject(error);
          closed = undefined;
        }
        controller.error(error);
        controller = undefined;
        return;
      }
      if (closed !== undefined) {
        closed.resolve();
        closed = undefined;
        return;
      }
      controller.error(internal.errors.abortError());
      controller = undefined;
    });
    streamWritable.on('drain', onDrain);

    return new WritableStream({
      start(c) { controller = c; },
      write(chunk) {
        if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
          backpressurePromise = createDeferredPromise();
          return backpressurePromise.promise.finally(() => { backpressurePromise = undefined; });
        }
      },
      abort(reason) {
        destroy(streamWritable, reason);
      },
      close() {
        if (closed === undefined && !isWritableEnded(streamWritable)) {
          closed = createDeferredPromise();
          streamWritable.end();
          return closed.promise;
        }
        controller = undefined;
        return Promise.resolve();
      },
    }, strategy);
  }

  function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
    if (!isWritableStream(writableStream)) throw codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
    validateOptionsObject(options, 'options');
    const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
    validateBoolean(objectMode, 'options.objectMode');
    validateBoolean(decodeStrings, 'options.decodeStrings');
    const writer = writableStream.getWriter();
    let closed = false;

    const writable = new Writable({
      highWaterMark,
      objectMode,
      decodeStrings,
      signal,
      writev(chunks, callback) {
        function done(error) {
          error = error.filter((e) => e);
          try {
            callback(error.length === 0 ? undefined : error);
          } catch (err) {
            process.nextTick(() => destroy(writable, err));
          }
        }
        writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
      },
      write(chunk, encoding, callback) {
        if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = encodeChunk(chunk, encoding);
        function done(error) {
          try {
            callback(error);
          } catch (err) {
            destroy(writable, err);
          }
        }
        writer.ready.then(() => writer.write(chunk).then(done, done), done);
      },
      destroy(error, callback) {
        function done() {
          try {
            callback(error);
          } catch (err) {
            rethrowLater(err);
          }
        }
        if (!closed) {
          if (error != null) writer.abort(error).then(done, done);
          else writer.close().then(done, done);
          return;
        }
        done();
      },
      final(callback) {
        function done(error) {
          try {
            callback(error);
          } catch (err) {
            process.nextTick(() => destroy(writable, err));
          }
        }
        if (!closed) writer.close().then(done, done);
      },
    });

    writer.closed.then(() => {
      // The WritableStream closed before the stream.Writable ended: that is an error on the Writable.
      closed = true;
      if (!isWritableEnded(writable)) destroy(writable, prematureClose());
    }, (error) => {
      closed = true;
      destroy(writable, error);
    });
    return writable;
  }

  function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
    if (streamReadable == null || typeof streamReadable._readableState !== 'object') {
      throw codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
    }
    if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
      const readable = new ReadableStream();
      readable.cancel();
      return readable;
    }
    const objectMode = streamReadable.readableObjectMode;
    const highWaterMark = streamReadable.readableHighWaterMark;
    let strategy = options && options.strategy;
    if (!strategy) {
      strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : new ByteLengthQueuingStrategy({ highWaterMark });
    }
    let controller;
    let wasCanceled = false;

    function onData(chunk) {
      // Copy the Buffer to detach it from the pool.
      if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    }
    streamReadable.pause();
    const cleanup = finished(streamReadable, (error) => {
      error = handleKnownInternalErrors(error);
      cleanup();
      streamReadable.on('error', () => {});
      if (error) return controller.error(error);
      if (wasCanceled) return;
      controller.close();
    });
    streamReadable.on('data', onData);

    return new ReadableStream({
      start(c) { controller = c; },
      pull() { streamReadable.resume(); },
      cancel(reason) {
        wasCanceled = true;
        destroy(streamReadable, reason);
      },
    }, strategy);
  }

  function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
    if (!isReadableStream(readableStream)) throw codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
    validateOptionsObject(options, 'options');
    const { highWaterMark, encoding, objectMode = false, signal } = options;
    if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw codes.ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
    validateBoolean(objectMode, 'options.objectMode');
    const reader = readableStream.getReader();
    let closed = false;

    const readable = new Readable({
      objectMode,
      highWaterMark,
      encoding,
      signal,
      read() {
        reader.read().then((chunk) => {
          if (chunk.done) readable.push(null);
          else readable.push(chunk.value);
        }, (error) => destroy(readable, error));
      },
      destroy(error, callback) {
        function done() {
          try {
            callback(error);
          } catch (err) {
            rethrowLater(err);
          }
        }
        if (!closed) {
          reader.cancel(error).then(done, done);
          return;
        }
        done();
      },
    });

    reader.closed.then(() => {
      closed = true;
    }, (error) => {
      closed = true;
      destroy(readable, error);
    });
    return readable;
  }

  function newReadableWritablePairFromDuplex(duplex) {
    if (duplex == null || typeof duplex._writableState !== 'object' || typeof duplex._readableState !== 'object') {
      throw codes.ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
    }
    if (isDestroyed(duplex)) {
      const writable = new WritableStream();
      const readable = new ReadableStream();
      writable.close();
      readable.cancel();
      return { readable, writable };
    }
    const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
    if (!isWritable(duplex)) writable.close();
    const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
    if (!isReadable(duplex)) readable.cancel();
    return { writable, readable };
  }

  function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
    validateOptionsObject(pair, 'pair');
    const { readable: readableStream, writable: writableStream } = pair;
    if (!isReadableStream(readableStream)) throw codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
    if (!isWritableStream(writableStream)) throw codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
    validateOptionsObject(options, 'options');
    const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
    validateBoolean(objectMode, 'options.objectMode');
    if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw codes.ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
    const writer = writableStream.getWriter();
    const reader = readableStream.getReader();
    let writableClosed = false;
    let readableClosed = false;

    const duplex = new Duplex({
      allowHalfOpen,
      highWaterMark,
      objectMode,
      encoding,
      decodeStrings,
      signal,
      writev(chunks, callback) {
        function done(error) {
          error = error.filter((e) => e);
          try {
            callback(error.length === 0 ? undefined : error);
          } catch (err) {
            process.nextTick(() => destroy(duplex, err));
          }
        }
        writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
      },
      write(chunk, encoding, callback) {
        if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = encodeChunk(chunk, encoding);
        function done(error) {
          try {
            callback(error);
          } catch (err) {
            destroy(duplex, err);
          }
        }
        writer.ready.then(() => writer.write(chunk).then(done, done), done);
      },
      final(callback) {
        function done(error) {
          try {
            callback(error);
          } catch (err) {
            process.nextTick(() => destroy(duplex, err));
          }
        }
        if (!writableClosed) writer.close().then(done, done);
      },
      read() {
        reader.read().then((chunk) => {
          if (chunk.done) duplex.push(null);
          else duplex.push(chunk.value);
        }, (error) => destroy(duplex, error));
      },
      destroy(error, callback) {
        function done() {
          try {
            callback(error);
          } catch (err) {
            rethrowLater(err);
          }
        }
        async function closeWriter() {
          if (!writableClosed) await writer.abort(error);
        }
        async function closeReader() {
          if (!readableClosed) await reader.cancel(error);
        }
        if (!writableClosed || !readableClosed) {
          Promise.all([closeWriter(), closeReader()]).then(done, done);
          return;
        }
        done();
      },
    });

    writer.closed.then(() => {
      writableClosed = true;
      if (!isWritableEnded(duplex)) destroy(duplex, prematureClose());
    }, (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });
    reader.closed.then(() => {
      readableClosed = true;
    }, (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });
    return duplex;
  }

  function defineStatic(target, name, fn) {
    Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: true });
  }
  defineStatic(Readable, 'fromWeb', function fromWeb(readableStream, options) {
    return newStreamReadableFromReadableStream(readableStream, options);
  });
  defineStatic(Readable, 'toWeb', function toWeb(streamReadable, options) {
    return newReadableStreamFromStreamReadable(streamReadable, options);
  });
  defineStatic(Writable, 'fromWeb', function fromWeb(writableStream, options) {
    return newStreamWritableFromWritableStream(writableStream, options);
  });
  defineStatic(Writable, 'toWeb', function toWeb(streamWritable) {
    return newWritableStreamFromStreamWritable(streamWritable);
  });
  defineStatic(Duplex, 'fromWeb', function fromWeb(pair, options) {
    return newStreamDuplexFromReadableWritablePair(pair, options);
  });
  defineStatic(Duplex, 'toWeb', function toWeb(duplex) {
    return newReadableWritablePairFromDuplex(duplex);
  });

  // ---------------------------------------------------------------------------------------------------------
  // Exports: the globals, buffer.Blob/File and node:stream/web (Node 20's export order).
  // ---------------------------------------------------------------------------------------------------------
  const streamWeb = {
    ReadableStream,
    ReadableStreamDefaultReader: W.ReadableStreamDefaultReader,
    ReadableStreamBYOBReader: W.ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest: W.ReadableStreamBYOBRequest,
    ReadableByteStreamController: W.ReadableByteStreamController,
    ReadableStreamDefaultController: W.ReadableStreamDefaultController,
    TransformStream,
    TransformStreamDefaultController: W.TransformStreamDefaultController,
    WritableStream,
    WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
    WritableStreamDefaultController: W.WritableStreamDefaultController,
    ByteLengthQueuingStrategy,
    CountQueuingStrategy,
    TextEncoderStream,
    TextDecoderStream,
    CompressionStream,
    DecompressionStream,
  };
  internal.webStreams = Object.assign({}, streamWeb, { Blob, File });
  internal.webStreamsInternal = { isReadableStream, isWritableStream, isTransformStream, isBlob };
  internal.Blob = Blob;
  internal.File = File;
  internal.modules['stream/web'] = streamWeb;
})
