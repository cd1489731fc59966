//! Blob and File (buffer.Blob/File and the globals), after Node 20's lib/internal/blob.js and
//! lib/internal/file.js, over a model of node's DataQueue (see sliceQueue), including the microtask steps of
//! arrayBuffer()/text()/bytes() and the chunks of stream().
//
// One of the Web Streams files (see webstreams.js), loaded after webstreams_classes.js (a Blob's stream() is a
// byte ReadableStream); adds Blob, File and isBlob to internal.webStreamsShared, exported by
// webstreams_adapters.js.
(function (internal) {
  'use strict';
  const { codes } = internal.nodeErrors;
  const { kInspect, kEmptyObject, inspect, queueMicrotask, createDeferredPromise, W } = internal.webStreamsShared;
  const { ReadableStream } = W;

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

  Object.assign(internal.webStreamsShared, { Blob, File, isBlob });
})
