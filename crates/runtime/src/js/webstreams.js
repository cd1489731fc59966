//! Web Streams (stream/web and the ReadableStream/WritableStream/TransformStream globals) over the npm
//! web-streams-polyfill bundled in streams-vendor.js, first part: the polyfill's classes, Node's errors for them
//! and the argument checks of Node's constructors, shared with the other Web Streams files.
//
// The Web Streams files of the stream group, in load order: webstreams.js (this file), webstreams_classes.js
// (the stream/web classes: wrappers, pipeTo/tee, printing), blob.js (Blob/File), webstreams_text.js
// (TextEncoderStream/TextDecoderStream, CompressionStream/DecompressionStream) and webstreams_adapters.js (the
// Node <-> web stream adapters, then the exports: the globals, buffer.Blob/File and node:stream/web). This file
// sets internal.webStreamsShared, the helpers they share; the later files read it and add what they define.
//
// The polyfill's classes are exported under their own names, behind thin constructor wrappers that share their
// prototypes (so `instanceof`, `constructor` and Object.prototype.toString are node's) and that validate the
// arguments the way Node 20's lib/internal/webstreams do. Here:
//  * its sync TypeErrors/RangeErrors become Node's coded errors (ERR_INVALID_STATE, ERR_INVALID_THIS,
//    ERR_ILLEGAL_CONSTRUCTOR...); the "locked"/"released" rejections are Node's too, produced up front (the
//    polyfill also returns an already rejected promise there, so the timing is unchanged), and releaseLock()
//    rejects closed/ready/pending reads with Node's errors;
//  * the constructors' argument checks, and the machinery (guardPrototype, hideFields, wrapClass) that
//    webstreams_classes.js applies to every class.
(function (internal) {
  'use strict';
  const web = internal.streamVendor.web;
  const host = internal.host;
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

  internal.webStreamsShared = {
    web,
    kInspect,
    hasOwn,
    kEmptyObject,
    inspect,
    invalidState,
    queueMicrotask,
    createDeferredPromise,
    customInspect,
    defineInspect,
    P,
    isReadableStream,
    isWritableStream,
    isTransformStream,
    translate,
    guardPrototype,
    hideFields,
    wrapClass,
    isObjectLike,
    checkReadableStreamArgs,
    checkWritableStreamArgs,
    checkTransformStreamArgs,
    checkStream,
    checkStrategyInit,
    checkByobStream,
    rejected,
    closeQueuedOrInFlight,
    releaseWith,
    readerRelease,
    validateOptions,
  };
})
