//! Readable/Writable/Duplex .toWeb/.fromWeb, the Node <-> web stream adapters (after
//! lib/internal/webstreams/adapters.js); then, as the last of the Web Streams files (see webstreams.js), their
//! exports: the globals, buffer.Blob/File and node:stream/web.
(function (internal) {
  'use strict';
  const vendorUtils = internal.streamVendor.utils;
  const process = internal.process;
  const Buffer = internal.Buffer;
  const { codes, nodeError } = internal.nodeErrors;
  const {
    kEmptyObject, createDeferredPromise, isReadableStream, isWritableStream, isTransformStream, W,
    Blob, File, isBlob, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
  } = internal.webStreamsShared;
  const {
    ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy,
  } = W;
  let encoder;

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
  // The write()/writev() of a Node Writable (or Duplex) that writes into a WritableStreamDefaultWriter, as
  // node's adapters do for both; `stream()` is the Node stream, for destroying it if a callback throws.
  function writerMethods(writer, decodeStrings, objectMode, stream) {
    return {
      writev(chunks, callback) {
        function done(error) {
          error = error.filter((e) => e);
          try {
            callback(error.length === 0 ? undefined : error);
          } catch (err) {
            process.nextTick(() => destroy(stream(), err));
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
            destroy(stream(), err);
          }
        }
        writer.ready.then(() => writer.write(chunk).then(done, done), done);
      },
    };
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
      ...writerMethods(writer, decodeStrings, objectMode, () => writable),
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
      ...writerMethods(writer, decodeStrings, objectMode, () => duplex),
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
