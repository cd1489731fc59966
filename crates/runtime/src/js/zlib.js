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
  // Where in node's zlib.js an option check threw (`place`: the Zlib or ZlibBase constructor's line:column, or a
  // Brotli params check's), for the frames `framed` gives the error.
  const checkPlaces = new WeakMap();
  const placed = (err, place) => { checkPlaces.set(err, place); return err; };
  // node's option checks (the Zlib and ZlibBase constructors): a number in range, or the default when absent.
  function inRange(value, name, lower, upper, place) {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number') throw placed(errors.invalidArgType(name, 'number', value), place);
    if (Number.isNaN(value)) return;
    if (!Number.isFinite(value)) throw placed(errors.outOfRange(name, 'a finite number', value), place);
    if (value < lower || value > upper) {
      throw placed(errors.outOfRange(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value), place);
    }
  }
  // The largest BROTLI_PARAM_* value: node's bound for a `params` key.
  const MAX_BROTLI_PARAM = Math.max(...Object.keys(constants).filter((k) => k.startsWith('BROTLI_PARAM_')).map((k) => constants[k]));
  function brotliParams(params) {
    if (params === undefined || params === null) return;
    const seen = new Set();
    for (const origKey of Object.keys(params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > MAX_BROTLI_PARAM || seen.has(key)) {
        const err = errors.withCode(new RangeError(`${origKey} is not a valid Brotli parameter`), 'ERR_BROTLI_INVALID_PARAM');
        errors.withArrow(err, 'node:zlib:802\n        throw new ERR_BROTLI_INVALID_PARAM(origKey);\n        ^\n');
        throw placed(err, { brotli: '802:15' });
      }
      const value = params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        const err = errors.invalidArgType('options.params[key]', 'number', value);
        errors.withArrow(err, "node:zlib:807\n        throw new ERR_INVALID_ARG_TYPE('options.params[key]',\n        ^\n");
        throw placed(err, { brotli: '807:15' });
      }
      seen.add(key);
    }
  }
  // node's frames for an option check that failed while `op`'s engine was made: the check's, the engine class's
  // constructor's, and the caller's (`via`: 'sync' / 'async' / 'create', with the method's `name` and receiver),
  // none for `new Gzip(...)`.
  const CTOR_LINES = { Deflate: 710, Inflate: 718, Gzip: 726, Gunzip: 734, DeflateRaw: 743, InflateRaw: 751, Unzip: 759,
    BrotliCompress: 828, BrotliDecompress: 836 };
  const clsOf = (op) => op[0].toUpperCase() + op.slice(1);
  function framed(err, op, via, name, self) {
    const place = err !== null && typeof err === 'object' ? checkPlaces.get(err) : undefined;
    if (place === undefined) return err;
    const cls = clsOf(op);
    const brotli = op.startsWith('brotli');
    const frames = place.brotli ? [`node:zlib:${place.brotli}`, 'Array.forEach (<anonymous>)', `${cls}.Brotli (node:zlib:798:5)`]
      : place.base ? [`${cls}.ZlibBase (node:zlib:${place.base})`, brotli ? `${cls}.Brotli (node:zlib:820:3)` : `${cls}.Zlib (node:zlib:670:3)`]
        : [`${cls}.Zlib (node:zlib:${place.zlib})`];
    frames.push(`new ${cls} (node:zlib:${CTOR_LINES[cls]}:3)`);
    const recv = errors.moduleReceiver(self);
    if (via === 'sync') frames.push(`${recv}syncBufferWrapper${recv ? ` [as ${name}]` : ''} (node:zlib:767:29)`);
    else if (via === 'async') frames.push(`${recv}asyncBufferWrapper${recv ? ` [as ${name}]` : ''} (node:zlib:775:23)`);
    else if (via === 'create') frames.push(`${recv ? 'Object.value' : 'value'}${recv ? ` [as ${name}]` : ''} (node:zlib:848:14)`);
    return errors.nodeFrames(err, ...frames);
  }
  // node's frames for a buffer argument that is none, checked by zlibBufferSync / zlibBuffer.
  function bufferFrames(err, via, name, self) {
    if (!(err instanceof TypeError) || err.code !== 'ERR_INVALID_ARG_TYPE' || !/^The "buffer" argument/.test(err.message)) return err;
    const recv = errors.moduleReceiver(self);
    const as = recv ? ` [as ${name}]` : '';
    if (via === 'sync') {
      errors.withArrow(err, 'node:zlib:171\n      throw new ERR_INVALID_ARG_TYPE(\n      ^\n');
      return errors.nodeFrames(err, 'zlibBufferSync (node:zlib:171:13)', `${recv}syncBufferWrapper${as} (node:zlib:767:14)`);
    }
    // (The callback form hands the value to the engine's `end()`: the stream's check of a chunk.)
    const chunk = errors.withCode(new TypeError(err.message.replace('"buffer" argument', '"chunk" argument')
      .replace(', DataView, or ArrayBuffer.', ', or DataView.')), 'ERR_INVALID_ARG_TYPE');
    errors.withArrow(chunk, 'node:internal/streams/writable:482\n      throw new ERR_INVALID_ARG_TYPE(\n      ^\n');
    return errors.nodeFrames(chunk, '_write (node:internal/streams/writable:482:13)', 'Writable.end (node:internal/streams/writable:823:17)',
      'zlibBuffer (node:zlib:128:10)', `${recv}asyncBufferWrapper${as} (node:zlib:775:12)`);
  }
  function validateOptions(op, opts) {
    if (opts === undefined || opts === null) return;
    if (!op.startsWith('brotli')) {
      const inflating = op === 'inflate' || op === 'gunzip' || op === 'unzip';
      if (!(inflating && (opts.windowBits === undefined || opts.windowBits === null || opts.windowBits === 0))) {
        inRange(opts.windowBits, 'options.windowBits', constants.Z_MIN_WINDOWBITS + (op === 'gzip' ? 1 : 0), constants.Z_MAX_WINDOWBITS, { zlib: '626:20' });
      }
      inRange(opts.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, { zlib: '631:13' });
      inRange(opts.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, { zlib: '635:16' });
      inRange(opts.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, { zlib: '639:16' });
    } else {
      brotliParams(opts.params);
    }
    try {
      inRange(opts.chunkSize, 'options.chunkSize', constants.Z_MIN_CHUNK, Infinity, { base: '224:13' });
    } catch (e) {
      // (Thrown by ZlibBase itself when below the minimum, from its own line.)
      if (e.code === 'ERR_OUT_OF_RANGE' && typeof opts.chunkSize === 'number' && Number.isFinite(opts.chunkSize)) {
        errors.withArrow(e, "node:zlib:224\n      throw new ERR_OUT_OF_RANGE('options.chunkSize',\n      ^\n");
      }
      throw e;
    }
    inRange(opts.maxOutputLength, 'options.maxOutputLength', 1, 2 ** 32, { base: '237:23' });
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
        let err;
        let out;
        try {
          [err, out] = run(op, buffer, opts);
        } catch (e) {
          throw bufferFrames(framed(e, op, 'sync', name + 'Sync', this), 'sync', name + 'Sync', this);
        }
        if (err) throw syncError(err, op, this, name + 'Sync');
        return out;
      },
    }[name + 'Sync'];
    zlib[name] = {
      [name](buffer, opts, callback) {
        if (typeof opts === 'function') { callback = opts; opts = {}; }
        if (typeof callback !== 'function') {
          const recv = errors.moduleReceiver(this);
          throw errors.nodeFrames(errors.invalidArgType('callback', 'function', callback), 'zlibBuffer (node:zlib:114:3)',
            `${recv}asyncBufferWrapper${recv ? ` [as ${name}]` : ''} (node:zlib:775:12)`);
        }
        let err;
        let out;
        let n;
        try {
          [err, out, n] = run(op, buffer, opts);
        } catch (e) {
          throw bufferFrames(framed(e, op, 'async', name, this), 'async', name, this);
        }
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
  let creating = null;
  const openHandle = (op, opts) => host.zlibStream(op, levelOf(op, opts));
  for (const [cls, op] of Object.entries(STREAM_OPS)) {
    const Ctor = {
      [cls]: function (opts) {
        if (!(this instanceof Ctor)) return new Ctor(opts);
        try {
          validateOptions(op, opts);
        } catch (e) {
          throw creating !== null ? e : framed(e, op, 'new');
        }
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
    zlib['create' + cls] = {
      ['create' + cls](opts) {
        // (The check's frames name this method: the constructor leaves them to it.)
        const outer = creating;
        creating = cls;
        try {
          return new Ctor(opts);
        } catch (e) {
          throw outer === null ? framed(e, op, 'create', 'create' + cls, this) : e;
        } finally {
          creating = outer;
        }
      },
    }['create' + cls];
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
