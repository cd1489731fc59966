//! TextEncoderStream / TextDecoderStream (after lib/internal/webstreams/encoding.js) and CompressionStream /
//! DecompressionStream over the sync zlib functions: compression emits the format header on the first write
//! and the rest at close, as zlib does for inputs that fit its window; decompression emits once its input is
//! complete.
//
// One of the Web Streams files (see webstreams.js), loaded after webstreams_classes.js (each is a
// TransformStream inside); adds the four classes to internal.webStreamsShared, exported by
// webstreams_adapters.js.
(function (internal) {
  'use strict';
  const Buffer = internal.Buffer;
  const { codes } = internal.nodeErrors;
  const { kInspect, hasOwn, kEmptyObject, customInspect, W } = internal.webStreamsShared;
  const { TransformStream } = W;

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

  Object.assign(internal.webStreamsShared, {
    TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
  });
})
