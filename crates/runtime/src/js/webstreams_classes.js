//! Web Streams, second part: the stream/web classes (the polyfill's, wrapped with Node's checks), Node's
//! pipeTo/pipeThrough and tee() algorithms, and Node's printing of the streams.
//
// Built on webstreams.js's helpers (internal.webStreamsShared); adds the wrapped classes there as `W`.
//  * pipeTo/pipeThrough and tee() of default streams are Node's algorithms (readableStreamPipeTo,
//    readableStreamDefaultTee) over the polyfill's state, so their promise steps interleave with user code as
//    in node (the polyfill's own versions take different numbers of microtasks);
//  * its internal `_fields` are made non-enumerable (Object.keys(stream) is [] as in node), values() returns
//    node's iterator shape, streams node creates internally carry its own `constructor` property;
//  * instances print as node prints them (`ReadableStream { locked: false, state: 'readable', ... }`).
(function (internal) {
  'use strict';
  const process = internal.process;
  const { codes, nodeError } = internal.nodeErrors;
  const {
    web, hasOwn, kEmptyObject, invalidState, queueMicrotask, createDeferredPromise, customInspect, defineInspect,
    P, isReadableStream, isWritableStream, translate, guardPrototype, hideFields, wrapClass, isObjectLike,
    checkReadableStreamArgs, checkWritableStreamArgs, checkTransformStreamArgs, checkStream, checkStrategyInit,
    checkByobStream, rejected, closeQueuedOrInFlight, releaseWith, readerRelease, validateOptions,
  } = internal.webStreamsShared;

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
  // Node's ERR_INTERNAL_ASSERTION from writableStreamDefaultControllerGetChunkSize, with its frames.
  function internalAssertion() {
    const err = internal.errors.withCode(new Error('This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n'), 'ERR_INTERNAL_ASSERTION');
    internal.errors.nodeFrames(err, 'assert (node:internal/assert:14:11)',
      'writableStreamDefaultControllerGetChunkSize (node:internal/webstreams/writablestream:1175:5)',
      'writableStreamDefaultWriterWrite (node:internal/webstreams/writablestream:974:21)',
      'WritableStreamDefaultWriter.write (node:internal/webstreams/writablestream:436:12)');
    return internal.errors.withArrow(err, 'node:internal/assert:14\n    throw new ERR_INTERNAL_ASSERTION(message);\n          ^\n');
  }
  // ReadableStream#values(): node's iterator (lib/internal/webstreams/readablestream.js values()), a plain
  // object with own next/return, whose first next() waits a microtask, and whose results are node's objects
  // (`{ done: true, value }` key order when done).
  // The rejection node's close() gives a WritableStream that cannot close (the stream's and the writer's
  // close share it), or undefined when it can.
  function closeRefusal(stream) {
    if (closeQueuedOrInFlight(stream)) return rejected(invalidState('Failure to close WritableStream'));
    if (stream._state === 'closed' || stream._state === 'errored') return rejected(invalidState('WritableStream is closed'));
    return undefined;
  }
  function streamIterator(stream, preventCancel) {
    let reader;
    try {
      reader = new P.ReadableStreamDefaultReader(stream);
    } catch (err) {
      throw translate(err);
    }
    const state = { done: false, current: undefined };
    let started = false;
    const release = () => P.ReadableStreamDefaultReader.prototype.releaseLock.call(reader);
    function nextSteps() {
      if (state.done) return Promise.resolve({ done: true, value: undefined });
      if (reader._ownerReadableStream === undefined) return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
      const promise = createDeferredPromise();
      readerRead(reader, {
        _chunkSteps(chunk) {
          state.current = undefined;
          promise.resolve({ value: chunk, done: false });
        },
        _closeSteps() {
          state.current = undefined;
          state.done = true;
          release();
          promise.resolve({ done: true, value: undefined });
        },
        _errorSteps(error) {
          state.current = undefined;
          state.done = true;
          release();
          promise.reject(error);
        },
      });
      return promise.promise;
    }
    async function returnSteps(value) {
      if (state.done) return { done: true, value };
      state.done = true;
      if (reader._ownerReadableStream === undefined) throw invalidState('The reader is not bound to a ReadableStream');
      if (!preventCancel) {
        const result = P.ReadableStreamDefaultReader.prototype.cancel.call(reader, value);
        release();
        await result;
        return { done: true, value };
      }
      release();
      return { done: true, value };
    }
    return Object.setPrototypeOf({
      next() {
        if (!started) {
          state.current = Promise.resolve();
          started = true;
        }
        state.current = state.current !== undefined ? state.current.then(nextSteps, nextSteps) : nextSteps();
        return state.current;
      },
      return(error) {
        started = true;
        state.current = state.current !== undefined
          ? state.current.then(() => returnSteps(error), () => returnSteps(error)) : returnSteps(error);
        return state.current;
      },
      [Symbol.asyncIterator]() { return this; },
    }, kIteratorPrototype);
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
        return streamIterator(this, !!(args[0] && args[0].preventCancel));
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
        const refused = isWritableStream(this) && closeRefusal(this);
        return refused || inner.apply(this, args);
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
          if (view.byteLength === 0 || view.buffer.byteLength === 0) return rejected(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
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
          // Node 20 asserts that a stream whose size algorithm is gone (cleared once it closed) has errored: a
          // write after close() settled throws its internal assertion, synchronously.
          if (s._writableStreamController._strategySizeAlgorithm === undefined && s._state !== 'errored' && s._state !== 'erroring') {
            throw internalAssertion();
          }
          if (s._state !== 'errored' && (s._state === 'closed' || closeQueuedOrInFlight(s))) {
            return rejected(invalidState('WritableStream is closed'));
          }
        }
        return inner.apply(this, args);
      },
      close(args, inner) {
        if (this instanceof P.WritableStreamDefaultWriter && hasOwn(this, '_readyPromise')) {
          const s = this._ownerWritableStream;
          if (s === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
          const refused = closeRefusal(s);
          if (refused) return refused;
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

  internal.webStreamsShared.W = W;
})
