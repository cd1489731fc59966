//! node:buffer. `Buffer` is the npm `buffer` package (a port of Node's lib/buffer.js) bundled at build time into
//! vendor.js (see crates/runtime/build.rs and js-vendor/), parsed only on first use: `Buffer` below is Node's
//! own wrapper function (DEP0005 warning included), whose static and prototype methods are stubs that load the
//! package, then become its methods; its prototype object becomes the package's. On load,
//! js-vendor/node-buffer.js (bundled with the package) closes the package's gaps with Node 20.
(function (internal) {
  'use strict';
  const host = internal.host;
  const kMaxLength = 2 ** 32; // Node 20 on 64-bit (the package itself allocates up to 2 ** 31 - 1).
  const kStringMaxLength = 2 ** 29 - 24;
  let INSPECT_MAX_BYTES = 50;

  const { withCode, invalidArgType } = internal.errors;
  const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

  // ---- the exported Buffer: exists from start-up, loads the package on first use ----
  const proto = Object.create(Uint8Array.prototype);
  let VendorBuffer;
  function load() {
    if (VendorBuffer !== undefined) return VendorBuffer;
    const factory = host.loadInternal('vendor.js');
    if (typeof factory !== 'function') throw new Error('Looplab: the vendored buffer package (vendor.js) is missing');
    factory(internal);
    const V = internal.vendor.Buffer;
    const vendorProto = V.prototype;
    for (const key of Reflect.ownKeys(vendorProto)) {
      if (key !== 'constructor' && key !== 'parent' && key !== 'offset') {
        Object.defineProperty(proto, key, Object.getOwnPropertyDescriptor(vendorProto, key));
      }
    }
    V.prototype = proto; // the package reads `Buffer.prototype` at each use
    internal.vendor.patchBuffer(internal, V, proto, { kMaxLength, inspectMaxBytes: () => INSPECT_MAX_BYTES });
    for (const name of STATICS) Buffer[name] = V[name];
    Buffer[kIsEncodingSymbol] = V.isEncoding;
    for (const name of PROTO_METHODS) if (proto[name] === protoStubs[name]) delete proto[name];
    VendorBuffer = V;
    return V;
  }
  // `Buffer()` / `new Buffer()` print Node's DEP0005 once (user code never runs from node_modules here).
  let dep0005 = false;
  function Buffer(arg, encodingOrOffset, length) {
    load();
    if (!dep0005) {
      dep0005 = true;
      internal.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
    }
    // node's frame for this call goes below those of the Buffer.alloc/from it makes.
    const self = new.target ? 'new Buffer' : 'Buffer';
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        const err = internal.errors.nodeFrames(invalidArgType('string', 'string', arg), `${self} (node:buffer:273:13)`);
        throw internal.errors.withArrow(err, "node:buffer:273\n      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);\n      ^\n");
      }
      try { return Buffer.alloc(arg); } catch (e) { throw belowNodeFrames(e, `${self} (node:buffer:275:19)`); }
    }
    try { return Buffer.from(arg, encodingOrOffset, length); } catch (e) { throw belowNodeFrames(e, `${self} (node:buffer:277:17)`); }
  }
  function belowNodeFrames(err, frame) {
    try {
      const lines = String(err.stack).split('\n');
      let k = lines.findIndex((l) => l.startsWith('    at '));
      if (k < 0) return err;
      const head = k;
      while (k < lines.length && / \(node:[^)]*\)$/.test(lines[k])) k++;
      lines.splice(k, 0, `    at ${frame}`);
      const limit = Error.stackTraceLimit;
      const kept = typeof limit === 'number' ? lines.slice(0, head + (limit > 0 ? Math.floor(limit) : 0)) : lines;
      internal.setStack(err, kept.join('\n'));
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  Object.setPrototypeOf(Buffer, Uint8Array);
  Buffer.prototype = proto;
  Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
  // As Node (its FastBuffer): subarray/map/filter make their results without the deprecation warning.
  Object.defineProperty(Buffer, Symbol.species, { get() { return load(); }, enumerable: false, configurable: true });
  Buffer.poolSize = 8192;
  // Node's order. Until the package is loaded each is a stub that loads it and calls the real method.
  const STATICS = ['from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare',
    'isEncoding', 'concat', 'byteLength'];
  for (const name of STATICS) {
    Buffer[name] = { [name](...args) { load(); return Buffer[name].apply(this, args); } }[name];
  }
  const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
  Buffer[kIsEncodingSymbol] = Buffer.isEncoding;
  // Prototype methods (the package's and those node-buffer.js adds): stubs too, for `Buffer.prototype.x.call(u8)`.
  const PROTO_METHODS = ['compare', 'copy', 'equals', 'fill', 'includes', 'indexOf', 'inspect', 'lastIndexOf',
    'slice', 'swap16', 'swap32', 'swap64', 'toJSON', 'toLocaleString', 'toString', 'write'];
  for (const enc of ['ascii', 'base64', 'base64url', 'hex', 'latin1', 'ucs2', 'utf8']) PROTO_METHODS.push(`${enc}Slice`, `${enc}Write`);
  for (const op of ['read', 'write']) {
    for (const t of ['Int8', 'UInt8', 'Uint8']) PROTO_METHODS.push(op + t);
    for (const t of ['Int16', 'UInt16', 'Uint16', 'Int32', 'UInt32', 'Uint32', 'Float', 'Double', 'BigInt64', 'BigUInt64',
      'BigUint64', 'Int', 'UInt', 'Uint']) PROTO_METHODS.push(`${op}${t}LE`, `${op}${t}BE`);
  }
  const protoStubs = Object.create(null);
  for (const name of PROTO_METHODS) {
    proto[name] = protoStubs[name] = { [name](...args) { load(); return proto[name].apply(this, args); } }[name];
  }
  Object.defineProperty(proto, 'parent', {
    enumerable: true, configurable: true, get() { return this instanceof Buffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true, configurable: true, get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  });

  // Node 20's (deprecated) SlowBuffer.
  function SlowBuffer(size) {
    return Buffer.allocUnsafeSlow(size); // validates `size` as Node's SlowBuffer does
  }
  Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(SlowBuffer, Uint8Array);

  // ---- the rest of node:buffer ----
  function bytesView(input, name) {
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (isAnyArrayBuffer(input)) return new Uint8Array(input);
    throw invalidArgType(name, 'ArrayBuffer, Buffer, or TypedArray', input);
  }
  function isUtf8(input) {
    const b = bytesView(input, 'input');
    for (let i = 0; i < b.length;) {
      const c = b[i];
      let n;
      let min;
      if (c < 0x80) { i++; continue; }
      if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
      else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
      else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
      else return false;
      if (i + n >= b.length) return false;
      let cp = c & (0x3f >> n);
      for (let k = 1; k <= n; k++) {
        const d = b[i + k];
        if ((d & 0xc0) !== 0x80) return false;
        cp = (cp << 6) | (d & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
      i += n + 1;
    }
    return true;
  }
  function isAscii(input) {
    const b = bytesView(input, 'input');
    for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
    return true;
  }
  function domException(message, name) {
    const D = internal.web && internal.web.DOMException;
    if (typeof D === 'function') return new D(message, name);
    const e = new Error(message);
    e.name = name;
    return e;
  }
  // A DOMException thrown by node's btoa/atob: its frame and source line in lib/buffer.js (lazyDOMException
  // leaves no `new DOMException` frame).
  const BUFFER_THROWS = {
    btoa: [1280, 11, "    throw lazyDOMException('Invalid character', 'InvalidCharacterError');"],
    atob: [1294, 13, "      throw lazyDOMException('Invalid character', 'InvalidCharacterError');"],
    atobEncoded: [1296, 13, '      throw lazyDOMException('],
  };
  function thrownBy(err, fn, which = fn) {
    const [line, col, src] = BUFFER_THROWS[which];
    try {
      const lines = String(err.stack).split('\n').filter((l) => !l.startsWith('    at new DOMException ('));
      internal.setStack(err, lines.join('\n'));
    } catch { /* a frozen error keeps its stack */ }
    return internal.errors.nodeFramesBelow(err, `node:buffer:${line}\n${src}\n${' '.repeat(src.search(/\S/))}^\n`, [`${fn} (node:buffer:${line}:${col})`]);
  }
  function missingArgs(name) {
    return withCode(new TypeError(`The "${name}" argument must be specified`), 'ERR_MISSING_ARGS');
  }
  function btoa(input) {
    if (arguments.length === 0) throw missingArgs('input');
    const s = `${input}`;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xff) throw thrownBy(domException('Invalid character', 'InvalidCharacterError'), 'btoa');
    }
    return Buffer.from(s, 'latin1').toString('base64');
  }
  function atob(input) {
    if (arguments.length === 0) throw missingArgs('input');
    let s = `${input}`.replace(/[\t\n\f\r ]/g, '');
    // Valid characters leaving one over (simdutf's -1): node's other message.
    const body = s.replace(/=+$/, '');
    if (body.length % 4 === 1 && s.length - body.length <= 2 && !/[^A-Za-z0-9+/]/.test(body)) {
      throw thrownBy(domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError'), 'atob', 'atobEncoded');
    }
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
      throw thrownBy(domException('Invalid character', 'InvalidCharacterError'), 'atob');
    }
    return Buffer.from(s, 'base64').toString('latin1');
  }

  // buffer.transcode between the encodings ICU converts (node's); a character the target cannot hold is '?'.
  const TRANSCODE = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'ucs2', 'ucs-2': 'ucs2', utf16le: 'ucs2', 'utf-16le': 'ucs2',
    latin1: 'latin1', binary: 'latin1', ascii: 'ascii' };
  function transcode(source, fromEncoding, toEncoding) {
    if (!(source instanceof Uint8Array)) throw invalidArgType('source', 'Buffer or Uint8Array', source);
    if (source.length === 0) return Buffer.alloc(0);
    const from = TRANSCODE[String(fromEncoding).toLowerCase()];
    const to = TRANSCODE[String(toEncoding).toLowerCase()];
    if (from === undefined || to === undefined) {
      const e = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
      e.code = 'U_ILLEGAL_ARGUMENT_ERROR';
      e.errno = 1;
      throw e;
    }
    let text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString(from);
    if (to === 'latin1') text = text.replace(/[^\u0000-\u00ff]/g, '?');
    if (to === 'ascii') text = text.replace(/[^\u0000-\u007f]/g, '?');
    return Buffer.from(text, to);
  }

  internal.Buffer = Buffer;
  const mod = {
    Buffer,
    SlowBuffer,
    transcode,
    isUtf8,
    isAscii,
    kMaxLength,
    kStringMaxLength,
    btoa,
    atob,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  };
  Object.defineProperty(mod, 'INSPECT_MAX_BYTES', {
    enumerable: true,
    configurable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(v) {
      if (typeof v !== 'number') throw invalidArgType('INSPECT_MAX_BYTES', 'number', v);
      if (!(v >= 0)) throw internal.errors.outOfRange('INSPECT_MAX_BYTES', '>= 0', v);
      INSPECT_MAX_BYTES = v;
    },
  });
  const webStream = (k) => () => { internal.loadStreams(); return internal.webStreams && internal.webStreams[k]; };
  internal.lazyAccessor(mod, 'Blob', webStream('Blob'), true);
  // The Blob a `URL.createObjectURL` URL names (url.js keeps them), or undefined.
  mod.resolveObjectURL = function resolveObjectURL(url) {
    void internal.modules.url;
    return internal.resolveObjectURL(`${url}`);
  };
  internal.lazyAccessor(mod, 'File', webStream('File'), true);
  internal.modules.buffer = mod;
})
