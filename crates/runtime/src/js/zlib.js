//! node:zlib over real compression (flate2 / brotli in Rust): *Sync functions, callback forms through the
//! thread-pool model, promisified forms, node's error codes and constants, and the stream classes
//! (createGzip...), which (de)compress each chunk as it is written (see below).
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const codes = {
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  };
  const constants = Object.assign({
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  }, codes, {
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1,
    Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2,
    GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity,
    Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1,
    Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1,
    BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
    BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
    BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
    BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
    BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
    BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
    BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
    BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
    BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
    BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
    BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
    BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
    BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
    BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
    BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
    BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
    BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
    BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
    BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
    BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
    BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  });
  Object.setPrototypeOf(constants, null);

  function toBytes(buffer) {
    if (typeof buffer === 'string') return internal.Buffer.from(buffer);
    if (buffer instanceof Uint8Array) return buffer;
    if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
    throw errors.invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
  }
  // node's option checks (the Zlib and ZlibBase constructors): a number in range, or the default when absent.
  function inRange(value, name, lower, upper) {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
    if (Number.isNaN(value)) return;
    if (!Number.isFinite(value)) throw errors.outOfRange(name, 'a finite number', value);
    if (value < lower || value > upper) {
      throw errors.outOfRange(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
    }
  }
  function validateOptions(op, opts) {
    if (opts === undefined || opts === null) return;
    if (!op.startsWith('brotli')) {
      const inflating = op === 'inflate' || op === 'gunzip' || op === 'unzip';
      if (!(inflating && (opts.windowBits === undefined || opts.windowBits === null || opts.windowBits === 0))) {
        inRange(opts.windowBits, 'options.windowBits', constants.Z_MIN_WINDOWBITS + (op === 'gzip' ? 1 : 0), constants.Z_MAX_WINDOWBITS);
      }
      inRange(opts.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
      inRange(opts.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL);
      inRange(opts.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
    }
    inRange(opts.chunkSize, 'options.chunkSize', constants.Z_MIN_CHUNK, Infinity);
    inRange(opts.maxOutputLength, 'options.maxOutputLength', 1, 2 ** 32);
  }
  // The level the host compresses at: zlib's `level`, or brotli's `params[BROTLI_PARAM_QUALITY]` (-1: the default).
  function levelOf(op, opts) {
    if (!opts) return -1;
    if (op.startsWith('brotli')) {
      const q = opts.params && opts.params[constants.BROTLI_PARAM_QUALITY];
      return typeof q === 'number' ? q : -1;
    }
    return opts.level !== undefined && opts.level !== null ? opts.level : -1;
  }
  function run(op, buffer, opts) {
    validateOptions(op, opts);
    const bytes = toBytes(buffer);
    const level = levelOf(op, opts);
    // A decoder told to finish with a lesser flush (`finishFlush: Z_SYNC_FLUSH`) gives what the input holds
    // without asking for the stream's end: a stream handle fed once, not finished.
    const decoding = op === 'gunzip' || op === 'inflate' || op === 'inflateRaw' || op === 'unzip' || op === 'brotliDecompress';
    const finish = opts && typeof opts.finishFlush === 'number' ? opts.finishFlush : undefined;
    const partial = decoding && finish !== undefined &&
      finish !== (op.startsWith('brotli') ? constants.BROTLI_OPERATION_FINISH : constants.Z_FINISH);
    const r = partial ? host.zlibStreamWrite(host.zlibStream(op, level), new Uint8Array(bytes), finish || constants.Z_SYNC_FLUSH)
      : host.zlibSync(op, new Uint8Array(bytes), level);
    if (r[0] !== null) {
      const err = new Error(r[2]);
      err.errno = r[1];
      err.code = r[0];
      return [err];
    }
    // node stops an engine whose output passes maxOutputLength.
    const max = opts && typeof opts.maxOutputLength === 'number' ? opts.maxOutputLength : Infinity;
    if (r[1].byteLength > max) {
      return [errors.withCode(new RangeError(`Cannot create a Buffer larger than ${max} bytes`), 'ERR_BUFFER_TOO_LARGE')];
    }
    const out = internal.Buffer.from(r[1].buffer, r[1].byteOffset, r[1].byteLength);
    // `info`: node returns the engine too, a stream of the operation's class.
    const engine = () => new zlib[op[0].toUpperCase() + op.slice(1)](opts);
    return [null, opts && opts.info ? { buffer: out, engine: engine() } : out, bytes.length];
  }
  // node's frames for an engine error: made in zlibOnError (the handle's class), under the sync call's
  // processChunkSync path, or alone for a callback's (the native handle reports it).
  const ON_ERROR = ['genericNodeError (node:internal/errors:984:15)', 'wrappedFn (node:internal/errors:538:14)'];
  const handleClass = (op) => (op === 'brotliCompress' ? 'BrotliEncoder' : op === 'brotliDecompress' ? 'BrotliDecoder' : 'Zlib');
  function syncError(err, op, self, name) {
    if (typeof err.errno !== 'number') return err;
    const recv = errors.moduleReceiver(self);
    errors.nodeFrames(err, ...ON_ERROR, `${handleClass(op)}.zlibOnError [as onerror] (node:zlib:189:17)`,
      'processChunkSync (node:zlib:415:12)', 'zlibBufferSync (node:zlib:178:12)',
      `${recv}syncBufferWrapper${recv ? ` [as ${name}]` : ''} (node:zlib:767:14)`);
    return errors.withArrow(err, 'node:zlib:425\n      throw self[kError];\n      ^\n');
  }
  function callbackError(err, op) {
    if (typeof err.errno !== 'number') return err;
    const frames = [...ON_ERROR, `${handleClass(op)}.zlibOnError [as onerror] (node:zlib:189:17)`];
    const stack = `${err.name}: ${err.message}\n${frames.map((f) => `    at ${f}`).join('\n')}`;
    internal.setStack(err, stack);
    return err;
  }
  const zlib = { constants, codes: Object.assign({}, codes) };
  for (const [k, v] of Object.entries(codes)) zlib.codes[v] = k;
  const OPS = {
    gzip: 'gzip', gunzip: 'gunzip', deflate: 'deflate', inflate: 'inflate', deflateRaw: 'deflateRaw',
    inflateRaw: 'inflateRaw', unzip: 'unzip', brotliCompress: 'brotliCompress', brotliDecompress: 'brotliDecompress',
  };
  for (const [name, op] of Object.entries(OPS)) {
    zlib[name + 'Sync'] = {
      [name + 'Sync'](buffer, opts) {
        const [err, out] = run(op, buffer, opts);
        if (err) throw syncError(err, op, this, name + 'Sync');
        return out;
      },
    }[name + 'Sync'];
    zlib[name] = {
      [name](buffer, opts, callback) {
        if (typeof opts === 'function') { callback = opts; opts = {}; }
        if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
        const [err, out, n] = run(op, buffer, opts);
        host.poolJob(`zlib.${name}`, n || 0, function zlibDone() { if (err) callback(callbackError(err, op)); else callback(null, out); });
      },
    }[name];
  }
  // Streams: Transforms over a stream handle that keeps the engine's state between writes (engine/zlib_stream.rs),
  // so output comes as input arrives, as node's do. Each write is a thread-pool job; its output is pushed in
  // `chunkSize` pieces (16 KiB by default) when the job completes. As node's ZlibBase: the last chunk written
  // after end() finishes the stream, and flush() writes an empty marker chunk that carries a flush kind.
  const { Transform } = internal.stream;
  const STREAM_OPS = {
    Gzip: 'gzip', Gunzip: 'gunzip', Deflate: 'deflate', Inflate: 'inflate', DeflateRaw: 'deflateRaw',
    InflateRaw: 'inflateRaw', Unzip: 'unzip', BrotliCompress: 'brotliCompress', BrotliDecompress: 'brotliDecompress',
  };
  const kHandle = Symbol('kHandle');
  const Z_FINISH = 4;
  // node's kFlushBuffers: one empty buffer per flush kind, told apart by identity.
  const flushBuffers = new Map();
  const flushBuffer = (kind) => {
    if (!flushBuffers.has(kind)) flushBuffers.set(kind, internal.Buffer.alloc(0));
    return flushBuffers.get(kind);
  };
  const flushKindOf = (chunk) => {
    for (const [kind, buf] of flushBuffers) if (buf === chunk) return kind;
    return undefined;
  };
  const openHandle = (op, opts) => host.zlibStream(op, levelOf(op, opts));
  for (const [cls, op] of Object.entries(STREAM_OPS)) {
    const Ctor = {
      [cls]: function (opts) {
        if (!(this instanceof Ctor)) return new Ctor(opts);
        validateOptions(op, opts);
        this._opts = opts || {};
        this[kHandle] = openHandle(op, opts);
        this._chunkSize = (opts && opts.chunkSize) || constants.Z_DEFAULT_CHUNK;
        this.bytesWritten = 0;
        Reflect.apply(Transform, this, [Object.assign({}, opts, { objectMode: false })]);
      },
    }[cls];
    Object.setPrototypeOf(Ctor.prototype, Transform.prototype);
    Object.setPrototypeOf(Ctor, Transform);
    Ctor.prototype._transform = function _transform(chunk, encoding, cb) {
      const kind = flushKindOf(chunk);
      const last = this.writableEnded && this.writableLength === chunk.length;
      const mode = last ? Z_FINISH : kind !== undefined ? kind : 0;
      const r = host.zlibStreamWrite(this[kHandle], new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), mode);
      let err = null;
      let out = null;
      if (r[0] !== null) {
        // The native handle reports it (zlibOnError): node's frames, not the write's.
        err = new Error(r[2]);
        err.errno = r[1];
        err.code = r[0];
        callbackError(err, op);
      } else {
        out = internal.Buffer.from(r[1].buffer, r[1].byteOffset, r[1].byteLength);
      }
      // The job's cost grows with each full KiB of input (a few bytes cost what an empty flush does).
      host.poolJob(`zlib.${cls}`, chunk.length - (chunk.length % 1024), () => {
        this.bytesWritten += chunk.length;
        if (out !== null) for (let i = 0; i < out.length; i += this._chunkSize) this.push(out.subarray(i, i + this._chunkSize));
        cb(err);
      });
    };
    Ctor.prototype._flush = function _flush(cb) {
      this._transform(internal.Buffer.alloc(0), '', cb);
    };
    // As node's ZlibBase: 'finish' does not wait for the flush; the flush runs from Transform's 'prefinish'
    // handler, so 'finish' comes before 'end'.
    Ctor.prototype._final = function _final(callback) {
      callback();
    };
    Ctor.prototype.close = function close(callback) {
      // As node: the callback is finished()'s (ERR_STREAM_PREMATURE_CLOSE when closed before the end).
      if (callback) internal.streamVendor.Stream.finished(this, callback);
      this.destroy();
    };
    // As node's ZlibBase.prototype.flush: a flush is an (empty) write, so its callback comes after the writes
    // before it; once ended, after 'end'.
    Ctor.prototype.flush = function flush(kind, callback) {
      if (typeof kind === 'function' || (kind === undefined && !callback)) callback = kind;
      if (this.writableFinished) {
        if (callback) internal.process.nextTick(callback);
      } else if (this.writableEnded) {
        if (callback) this.once('end', callback);
      } else {
        this.write(flushBuffer(kind === undefined || typeof kind === 'function' ? constants.Z_FULL_FLUSH : kind), '', callback);
      }
    };
    Object.defineProperty(Ctor.prototype, '_closed', {
      configurable: true,
      enumerable: true,
      get() { return this.destroyed; },
    });
    Ctor.prototype.params = function params(level, strategy, callback) {
      if (typeof callback === 'function') internal.process.nextTick(callback);
    };
    Ctor.prototype.reset = function reset() { this[kHandle] = openHandle(op, this._opts); };
    zlib[cls] = Ctor;
    zlib['create' + cls] = { ['create' + cls](opts) { return new Ctor(opts); } }['create' + cls];
  }
  zlib.crc32 = function crc32(data, value = 0) {
    const bytes = toBytes(data);
    let c = ~value >>> 0;
    for (let i = 0; i < bytes.length; i++) {
      c ^= bytes[i];
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  // node's key order.
  const ORDER = ['crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
    'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip',
    'unzipSync', 'inflate', 'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress',
    'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
    'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip', 'createBrotliCompress',
    'createBrotliDecompress', 'constants', 'codes'];
  const built = Object.assign({}, zlib);
  for (const k of Object.keys(zlib)) delete zlib[k];
  for (const k of ORDER) zlib[k] = built[k];
  for (const k of Object.keys(built)) if (!(k in zlib)) zlib[k] = built[k];
  // The deprecated copies of the non-Brotli constants on the module itself (not enumerable), as node's.
  for (const key of Object.keys(constants)) {
    if (!key.startsWith('BROTLI')) Object.defineProperty(zlib, key, { value: constants[key], enumerable: false, writable: false });
  }
  internal.modules.zlib = zlib;
})
