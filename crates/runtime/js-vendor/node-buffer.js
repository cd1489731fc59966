// Looplab's Node 20 layer over the npm `buffer` package, bundled into vendor.js with it (so that it too is
// parsed only when a program first uses Buffer). crates/runtime/src/js/buffer.js calls it once, on load, with the
// package's `Buffer` and the prototype object that Looplab's `Buffer` already exposes (now the package's too).
// It closes the package's gaps with Node: argument validation and error codes (ERR_INVALID_ARG_TYPE,
// ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING ...), 'base64url', WHATWG UTF-8 decoding (the host's), empty needles in
// indexOf, Buffer.of/copyBytesFrom, the per-encoding xxxSlice/xxxWrite helpers and Node's inspect output.
'use strict';

module.exports = function patchBuffer(internal, VendorBuffer, proto, options) {
  const host = internal.host;
  const { kMaxLength, inspectMaxBytes } = options;
  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  // ---- Node's errors and validators (lib/internal/errors.js, lib/internal/validators.js) ----
  const { withCode, invalidArgType } = internal.errors;
  // ERR_INVALID_ARG_TYPE whose subject is not a quoted name ("The first argument must be ...").
  function invalidArgTypeText(subject, expected, actual) {
    const m = invalidArgType('x', expected, actual).message;
    return withCode(new TypeError(m.replace('The "x" argument', `The ${subject}`)), 'ERR_INVALID_ARG_TYPE');
  }
  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
    return `${val.slice(0, i)}${res}`;
  }
  function outOfRange(name, range, input) {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = internal.inspect(input);
    }
    return withCode(new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${received}`),
      'ERR_OUT_OF_RANGE');
  }
  function unknownEncoding(enc) {
    return withCode(new TypeError(`Unknown encoding: ${enc}`), 'ERR_UNKNOWN_ENCODING');
  }
  // V8's name for the frame of a Buffer API called on `self`: `Function.from` on Buffer, `Buffer.toString` on a
  // buffer, a bare `from` when destructured.
  function calledAs(self, name) {
    if (self === undefined || self === null || self === globalThis) return name;
    if (typeof self === 'function') return `Function.${name}`;
    return `${(self.constructor && self.constructor.name) || 'Object'}.${name}`;
  }
  // A throw of node's own in lib/buffer.js at `line:col` of `name` (its source line `src`), called on `self`.
  const thrownAt = (err, self, name, line, col, src) => at(err, arrowAt(line, src), `${calledAs(self, name)} (node:buffer:${line}:${col})`);
  // A validator's error (node's header is the validator's), in `name` at `line:col`.
  const validatedAt = (err, self, name, line, col) => internal.errors.validator(at(err, undefined, `${calledAs(self, name)} (node:buffer:${line}:${col})`));
  function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
      throw outOfRange(name, range, value);
    }
  }
  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
  const isUint8Array = (v) => v instanceof Uint8Array;
  const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

  // ---- encodings ----
  const ENCODINGS = {
    utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
    latin1: 'latin1', binary: 'latin1', base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
  };
  function normalizeEncoding(enc) {
    if (typeof enc !== 'string') return undefined;
    const e = ENCODINGS[enc] || ENCODINGS[enc.toLowerCase()];
    return typeof e === 'string' ? e : undefined;
  }
  // The package's base64 decoder already accepts '-' and '_': only its encoder lacks 'base64url'. Arguments
  // from index `first` on that name an encoding are passed to it canonicalised (or rejected as Node does).
  function patchEncodingArgs(obj, name, first) {
    const fn = obj[name];
    obj[name] = {
      [name](...args) {
        for (let i = first; i < args.length; i++) {
          if (typeof args[i] !== 'string' || args[i] === '') continue;
          const enc = normalizeEncoding(args[i]);
          if (enc === undefined && name === 'write') {
            throw thrownAt(unknownEncoding(args[i]), this, name, 1138, 11, '    throw new ERR_UNKNOWN_ENCODING(encoding);');
          }
          if (enc === undefined) throw unknownEncoding(args[i]);
          args[i] = enc === 'base64url' ? 'base64' : enc;
        }
        return fn.apply(this, args);
      },
    }[name];
  }
  // write(string, offset, length, encoding) / fill(value, offset, end, encoding): encodings may come early.
  patchEncodingArgs(proto, 'write', 1);
  // latin1/binary/ascii writes go through the host (the package pushes one byte at a time: 50 ms per 16 KiB).
  const writeImpl = proto.write;
  proto.write = function write(string, offset, length, encoding) {
    let enc = encoding;
    if (typeof offset === 'string' && length === undefined && encoding === undefined) enc = offset;
    else if (typeof length === 'string' && encoding === undefined) enc = length;
    if (typeof string === 'string' && typeof enc === 'string' && string.length > 64) {
      const e = normalizeEncoding(enc);
      if (e === 'latin1' || e === 'ascii') {
        const o = typeof offset === 'number' ? offset >>> 0 : 0;
        if (o <= this.length) {
          const room = this.length - o;
          const max = typeof length === 'number' ? Math.min(length >>> 0, room) : room;
          const bytes = host.latin1Encode(string);
          const n = Math.min(bytes.length, max);
          this.set(n === bytes.length ? bytes : bytes.subarray(0, n), o);
          return n;
        }
      }
    }
    if (typeof string === 'string' && typeof enc === 'string' && normalizeEncoding(enc) === 'hex') {
      const args = Array.prototype.slice.call(arguments);
      args[0] = hexPrefix(string);
      return writeImpl.apply(this, args);
    }
    return writeImpl.apply(this, arguments);
  };
  // Node decodes hex up to the first pair that is not two hex digits (the package parses '0g' as 0).
  function hexPrefix(s) {
    let i = 0;
    while (i + 1 < s.length && /[0-9a-fA-F]/.test(s[i]) && /[0-9a-fA-F]/.test(s[i + 1])) i += 2;
    return i === s.length ? s : s.slice(0, i);
  }

  // The package builds latin1/ascii/hex strings one `+=` per byte, which is quadratic in Boa (a 1 MiB latin1
  // read took 17 s): build them from 8 KiB pieces instead.
  function charCodes(buf, start, end, mask) {
    const parts = [];
    for (let i = start; i < end; i += 8192) {
      const piece = buf.subarray(i, Math.min(end, i + 8192));
      parts.push(String.fromCharCode.apply(null, mask === 0xff ? piece : Array.from(piece, (b) => b & mask)));
    }
    return parts.join('');
  }
  const HEX = Array.from({ length: 256 }, (_, b) => (b < 16 ? '0' : '') + b.toString(16));
  function hexOf(buf, start, end) {
    const parts = [];
    for (let i = start; i < end; i += 8192) {
      const piece = [];
      for (let j = i; j < Math.min(end, i + 8192); j++) piece.push(HEX[buf[j]]);
      parts.push(piece.join(''));
    }
    return parts.join('');
  }
  const toStringImpl = proto.toString;
  proto.toString = function toString(encoding, start, end) {
    if (arguments.length === 0) return host.utf8Decode(this);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    const enc = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
    if (enc === undefined) throw thrownAt(unknownEncoding(encoding), this, 'toString', 861, 11, '    throw new ERR_UNKNOWN_ENCODING(encoding);');
    if (enc === 'utf8') {
      return host.utf8Decode(start === 0 && end === len ? this : new Uint8Array(this.buffer, this.byteOffset + start, end - start));
    }
    if (enc === 'latin1' || enc === 'ascii') return charCodes(this, start, end, enc === 'ascii' ? 0x7f : 0xff);
    if (enc === 'hex') return hexOf(this, start, end);
    if (enc === 'base64url') {
      return toStringImpl.call(this, 'base64', start, end).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }
    return toStringImpl.call(this, enc, start, end);
  };
  proto.toLocaleString = proto.toString;
  // Node's (native) per-encoding helpers, which some libraries call directly.
  for (const enc of ['ascii', 'base64', 'base64url', 'hex', 'latin1', 'ucs2', 'utf8']) {
    proto[`${enc}Slice`] = function (start = 0, end = this.length) { return this.toString(enc, start, end); };
    proto[`${enc}Write`] = function (string, offset = 0, length = this.length - offset) {
      return this.write(string, offset, length, enc);
    };
  }

  // ---- node's allocation pool (lib/buffer.js createPool, allocate, fromStringFast, fromArrayLike) ----
  // A buffer under Buffer.poolSize / 2 bytes from Buffer.from (a string, an array, a buffer), allocUnsafe,
  // concat or copyBytesFrom is a view into a shared ArrayBuffer (8192 bytes), at an 8-byte aligned offset: its
  // `buffer` is the whole pool, as in node. node's own start-up takes the first 8 bytes of the first pool (its
  // console writes to a pipe take none).
  const poolSizeNow = () => (internal.Buffer ? internal.Buffer.poolSize : 8192);
  let poolSize = 0;
  let poolOffset = 0;
  let allocPool = null;
  function createPool() {
    poolSize = poolSizeNow();
    allocPool = new ArrayBuffer(poolSize);
    poolOffset = 0;
  }
  const usesPool = (n) => n > 0 && n < (poolSizeNow() >>> 1);
  function pooled(size) {
    if (allocPool === null) { createPool(); poolOffset = 8; }
    if (size > poolSize - poolOffset) createPool();
    const b = new Uint8Array(allocPool, poolOffset, size);
    Object.setPrototypeOf(b, proto);
    poolOffset += size;
    if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
    return b;
  }
  // A copy of `buf` in the pool when node would have made it there.
  function intoPool(buf) {
    if (!usesPool(buf.length) || buf.buffer === allocPool) return buf;
    const b = pooled(buf.length);
    b.set(buf);
    return b;
  }

  // ---- construction: Node's checks in front of the package's ----
  const fromImpl = VendorBuffer.from;
  VendorBuffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
      let enc = 'utf8';
      if (typeof encodingOrOffset === 'string' && encodingOrOffset !== '') {
        enc = normalizeEncoding(encodingOrOffset);
        if (enc === undefined) {
          throw at(unknownEncoding(encodingOrOffset), arrowAt(484, '      throw new ERR_UNKNOWN_ENCODING(encoding);'),
            'fromString (node:buffer:484:13)', `${calledAs(this, 'from')} (node:buffer:297:12)`);
        }
      }
      if (enc === 'utf8') {
        // The host's encoder (lone surrogates become EF BF BD, as in Node) is far faster than the package's.
        const bytes = host.utf8Encode(value);
        if (usesPool(bytes.length)) return intoPool(bytes);
        return fromImpl.call(this, bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      return intoPool(fromImpl.call(this, enc === 'hex' ? hexPrefix(value) : value, enc === 'base64url' ? 'base64' : enc));
    }
    if (isAnyArrayBuffer(value)) {
      // node's fromArrayBuffer: offset and length are numbers first.
      let byteOffset = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
      if (Number.isNaN(byteOffset)) byteOffset = 0;
      const maxLength = value.byteLength - byteOffset;
      if (maxLength < 0) {
        throw at(outOfBounds('offset'), arrowAt(503, "    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');"),
          'fromArrayBuffer (node:buffer:503:11)', 'Function.from (node:buffer:301:14)');
      }
      if (length === undefined) {
        length = maxLength;
      } else {
        length = +length;
        if (length > 0) {
          if (length > maxLength) {
            throw at(outOfBounds('length'), arrowAt(512, "        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');"),
              'fromArrayBuffer (node:buffer:512:15)', 'Function.from (node:buffer:301:14)');
          }
        } else {
          length = 0;
        }
      }
      return fromImpl.call(this, value, byteOffset, length);
    }
    if (typeof value === 'object' && value !== null) {
      try {
        return intoPool(fromImpl.call(this, value, encodingOrOffset, length));
      } catch (e) {
        if (!(e instanceof TypeError) || e.code !== undefined) throw e;
      }
    }
    throw thrownAt(invalidArgTypeText('first argument',
      'string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value), this, 'from', 322, 9,
    '  throw new ERR_INVALID_ARG_TYPE(');
  };
  const ALLOC_LINES = { alloc: 392, allocUnsafe: 405, allocUnsafeSlow: 415 };
  for (const name of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
    const impl = VendorBuffer[name];
    VendorBuffer[name] = {
      [name](size) {
        try {
          validateNumber(size, 'size', 0, kMaxLength);
        } catch (e) {
          throw validatedAt(e, this, name, ALLOC_LINES[name], 3);
        }
        if (name === 'alloc' && arguments[1] !== undefined && arguments[1] !== 0 && size > 0) {
          const buf = impl.call(this, size);
          return fillImpl(buf, arguments[1], 0, buf.length, arguments[2], 'Function.alloc (node:buffer:395:12)');
        }
        if (name === 'allocUnsafe' && usesPool(size)) return pooled(Math.trunc(size));
        return impl.call(this, size);
      },
    }[name];
  }
  const byteLengthImpl = VendorBuffer.byteLength;
  VendorBuffer.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw thrownAt(invalidArgType('string', 'string or an instance of Buffer or ArrayBuffer', string), this, 'byteLength', 776, 11,
        '    throw new ERR_INVALID_ARG_TYPE(');
    }
    const enc = normalizeEncoding(encoding);
    if (enc === undefined || enc === 'utf8') return host.utf8Encode(string).length;
    if (enc === 'base64' || enc === 'base64url') {
      // node's estimate (lib/buffer.js base64ByteLength): at most two trailing `=` dropped, then 3/4.
      let bytes = string.length;
      if (string.charCodeAt(bytes - 1) === 0x3D) bytes--;
      if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3D) bytes--;
      return (bytes * 3) >>> 2;
    }
    return byteLengthImpl.call(this, string, enc);
  };
  VendorBuffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
  };
  VendorBuffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw validatedAt(invalidArgType('list', 'Array', list), this, 'concat', 578, 3);
    if (list.length === 0) return VendorBuffer.alloc(0);
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) if (list[i].length) length += list[i].length;
    } else {
      validateInteger(length, 'length', 0, kMaxLength);
    }
    const buffer = VendorBuffer.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) {
        throw thrownAt(invalidArgType(`list[${i}]`, 'Buffer or Uint8Array', buf), this, 'concat', 601, 13, '      throw new ERR_INVALID_ARG_TYPE(');
      }
      const n = Math.min(buf.length, length - pos);
      if (n > 0) {
        buffer.set(n === buf.length ? buf : buf.subarray(0, n), pos);
        pos += n;
      }
    }
    if (pos < length) buffer.fill(0, pos, length);
    return buffer;
  };
  const compareImpl = VendorBuffer.compare;
  VendorBuffer.compare = function compare(buf1, buf2) {
    for (const [arg, line] of [[buf1, 557], [buf2, 561]]) {
      if (isUint8Array(arg)) continue;
      const name = line === 557 ? 'buf1' : 'buf2';
      throw thrownAt(invalidArgType(name, 'Buffer or Uint8Array', arg), this, 'compare', line, 11,
        `    throw new ERR_INVALID_ARG_TYPE('${name}', ['Buffer', 'Uint8Array'], ${name});`);
    }
    return compareImpl.call(this, buf1, buf2);
  };
  const protoCompareImpl = proto.compare;
  proto.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw invalidArgType('otherBuffer', 'Buffer or Uint8Array', otherBuffer);
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || protoCompareImpl.call(this, VendorBuffer.from(otherBuffer.buffer,
      otherBuffer.byteOffset, otherBuffer.byteLength)) === 0;
  };
  VendorBuffer.of = function of(...items) {
    // (node's createUnsafeBuffer: not from the pool.)
    const buf = VendorBuffer.allocUnsafeSlow(items.length);
    for (let k = 0; k < items.length; k++) buf[k] = items[k];
    return buf;
  };
  VendorBuffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) throw invalidArgType('view', 'TypedArray', view);
    const viewLength = view.length;
    if (viewLength === 0) return VendorBuffer.alloc(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0);
        if (offset >= viewLength) return VendorBuffer.alloc(0);
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = view.slice(offset, end);
    }
    return VendorBuffer.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  };
  delete VendorBuffer.TYPED_ARRAY_SUPPORT;

  // ---- search: Node's offset rules and empty needles ----
  function emptyNeedleIndex(len, byteOffset, forward) {
    if (typeof byteOffset === 'string') byteOffset = undefined;
    let off = +byteOffset;
    if (Number.isNaN(off)) off = forward ? 0 : len;
    off = Math.trunc(off);
    if (off < 0) return off + len >= 0 ? len + off : 0;
    return off <= len ? off : len;
  }
  function patchSearch(name, forward) {
    const impl = proto[name];
    proto[name] = {
      [name](val, byteOffset, encoding) {
        let enc = encoding;
        if (typeof byteOffset === 'string') enc = byteOffset;
        if (typeof val === 'number') return impl.call(this, val, byteOffset, encoding);
        if (typeof val === 'string') {
          const e = enc === undefined ? 'utf8' : normalizeEncoding(enc);
          if (e === undefined) throw unknownEncoding(enc);
          if (val.length === 0) return emptyNeedleIndex(this.length, byteOffset, forward);
          // (An encoding in the offset's place leaves the offset at its default, as node's does.)
          if (typeof byteOffset === 'string') byteOffset = undefined;
          encoding = e === 'base64url' ? 'base64' : e;
          const wide = e === 'utf16le' || e === 'ucs2';
          if (wide && !forward && typeof byteOffset === 'number' && !Number.isNaN(byteOffset)) {
            // (node searches back from the 16-bit unit holding the offset; the package would take half a unit.)
            let off = Math.trunc(byteOffset);
            if (off < 0) off += this.length;
            byteOffset = off < 0 ? off : off - (off % 2);
          }
          const found = impl.call(this, val, byteOffset, encoding);
          // The package's backward search in UTF-16 returns a character index: node's is in bytes.
          return !forward && found > 0 && wide ? found * 2 : found;
        }
        if (isUint8Array(val)) {
          if (val.length === 0) return emptyNeedleIndex(this.length, byteOffset, forward);
          if (typeof byteOffset === 'string') byteOffset = undefined;
          if (!(val instanceof VendorBuffer)) val = VendorBuffer.from(val.buffer, val.byteOffset, val.byteLength);
          return impl.call(this, val, byteOffset, encoding);
        }
        // node 20 keeps the old wording here.
        const m = invalidArgType('value', 'number', val).message
          .replace('of type number', 'one of type number or string or an instance of Buffer or Uint8Array');
        throw at(withCode(new TypeError(m), 'ERR_INVALID_ARG_TYPE'), 'node:buffer:1006\n  throw new ERR_INVALID_ARG_TYPE(\n  ^\n',
          'bidirectionalIndexOf (node:buffer:1006:9)', `Buffer.${name} (node:buffer:${forward ? 1012 : 1016}:10)`,
          ...(includesCall ? ['Buffer.includes (node:buffer:1020:15)'] : []));
      },
    }[name];
  }
  patchSearch('indexOf', true);
  patchSearch('lastIndexOf', false);
  let includesCall = false;
  proto.includes = function includes(val, byteOffset, encoding) {
    includesCall = true;
    try {
      return this.indexOf(val, byteOffset, encoding) !== -1;
    } finally {
      includesCall = false;
    }
  };

  // ---- fill/copy/compare/write/swap: Node's argument rules (node-buffer-ranges.js) ----
  const { at, arrowAt, outOfBounds, fillImpl } = require('./node-buffer-ranges.js')({
    internal, VendorBuffer, proto, kMaxLength, validateInteger, withCode, invalidArgType, outOfRange, unknownEncoding,
    normalizeEncoding, isUint8Array, protoCompareImpl,
  });

  // ---- numeric read/write: Node's bounds checks (lib/internal/buffer.js) in front of the package's ----
  function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
      validateNumber(value, type || 'offset');
      throw outOfRange(type || 'offset', 'an integer', value);
    }
    if (length < 0) {
      throw withCode(new RangeError('Attempt to access memory outside buffer bounds'), 'ERR_BUFFER_OUT_OF_BOUNDS');
    }
    throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
  }
  // `last` is the byte count minus one, as in Node.
  function checkBounds(buf, offset, last) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + last] === undefined) boundsError(offset, buf.length - (last + 1));
  }
  // A fixed-width read's bounds check, failing with node's frames and header as recorded from node
  // (record-buffer-frames.mjs).
  function readBounds(buf, offset, last, method) {
    try {
      checkBounds(buf, offset, last);
    } catch (e) {
      const kind = failureKind(e);
      const rec = kind && NODE_FRAMES[`${method}|${kind}|`];
      throw rec ? at(e, rec.header, ...rec.frames) : e;
    }
  }
  function checkInt(value, min, max, buf, offset, last) {
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      let range;
      if (last > 3) {
        const bits = (last + 1) * 8;
        range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}` :
          `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      } else {
        range = `>= ${min}${n} and <= ${max}${n}`;
      }
      throw outOfRange('value', range, value);
    }
    checkBounds(buf, offset, last);
  }
  function alias(name, fn) {
    proto[name] = fn;
    const lower = name.replace('UInt', 'Uint');
    if (lower !== name) proto[lower] = fn;
  }
  const fixed = [['Int8', 1], ['Int16LE', 2], ['Int16BE', 2], ['Int32LE', 4], ['Int32BE', 4]];
  for (const [type, size] of fixed) {
    for (const unsigned of [true, false]) {
      const t = unsigned ? `U${type}` : type;
      const bits = size * 8;
      const min = unsigned ? 0 : -(2 ** (bits - 1));
      const max = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
      const read = proto[`read${t}`];
      const write = proto[`write${t}`];
      alias(`read${t}`, { [`read${t}`](offset = 0) { readBounds(this, offset, size - 1, `read${t}`); return read.call(this, offset); } }[`read${t}`]);
      alias(`write${t}`, {
        [`write${t}`](value, offset = 0) {
          value = +value;
          if (size === 1) validateNumber(offset, 'offset');
          checkInt(value, min, max, this, offset, size - 1);
          // One byte goes in as node stores it, through the Uint8Array (`-1.5` is 255; the package gives 254).
          if (size === 1) {
            this[offset] = value;
            return offset + 1;
          }
          return write.call(this, value, offset);
        },
      }[`write${t}`]);
    }
  }
  // Through a DataView, as node's Float32Array/Float64Array views: the package's ieee754 code rounds differently
  // and writes other NaN bits.
  const view = (buf) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const [type, size] of [['FloatLE', 4], ['FloatBE', 4], ['DoubleLE', 8], ['DoubleBE', 8]]) {
    const little = type.endsWith('LE');
    const get = size === 4 ? DataView.prototype.getFloat32 : DataView.prototype.getFloat64;
    const set = size === 4 ? DataView.prototype.setFloat32 : DataView.prototype.setFloat64;
    // node's names on a little-endian machine: readFloatLE is `readFloatForwards`, readFloatBE `...Backwards`.
    const named = `${size === 4 ? 'Float' : 'Double'}${little ? 'Forwards' : 'Backwards'}`;
    proto[`read${type}`] = {
      [`read${named}`](offset = 0) { readBounds(this, offset, size - 1, `read${type}`); return get.call(view(this), offset, little); },
    }[`read${named}`];
    proto[`write${type}`] = {
      [`write${named}`](value, offset = 0) {
        value = +value;
        checkBounds(this, offset, size - 1);
        set.call(view(this), offset, value, little);
        return offset + size;
      },
    }[`write${named}`];
  }
  for (const type of ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE']) {
    const unsigned = type.startsWith('BigU');
    const min = unsigned ? 0n : -(2n ** 63n);
    const max = unsigned ? 2n ** 64n - 1n : 2n ** 63n - 1n;
    const read = proto[`read${type}`];
    const write = proto[`write${type}`];
    alias(`read${type}`, { [`read${type}`](offset = 0) { readBounds(this, offset, 7, `read${type}`); return read.call(this, offset); } }[`read${type}`]);
    alias(`write${type}`, {
      [`write${type}`](value, offset = 0) { checkInt(value, min, max, this, offset, 7); return write.call(this, value, offset); },
    }[`write${type}`]);
  }
  for (const type of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
    const unsigned = type.startsWith('U');
    const read = proto[`read${type}`];
    const write = proto[`write${type}`];
    const validWidth = (w) => w === 1 || w === 2 || w === 3 || w === 4 || w === 5 || w === 6;
    alias(`read${type}`, {
      [`read${type}`](offset, byteLength) {
        if (offset === undefined) throw invalidArgType('offset', 'number', offset);
        if (!validWidth(byteLength)) boundsError(byteLength, 6, 'byteLength');
        checkBounds(this, offset, byteLength - 1);
        return read.call(this, offset, byteLength);
      },
    }[`read${type}`]);
    alias(`write${type}`, {
      [`write${type}`](value, offset, byteLength) {
        if (!validWidth(byteLength)) boundsError(byteLength, 6, 'byteLength');
        const bits = byteLength * 8;
        value = +value;
        if (byteLength === 1) validateNumber(offset, 'offset');
        checkInt(value, unsigned ? 0 : -(2 ** (bits - 1)), unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1,
          this, offset, byteLength - 1);
        return write.call(this, value, offset, byteLength);
      },
    }[`write${type}`]);
  }

  // ---- a failed read/write/compare shows node's frames and header (recorded from node: record-buffer-frames.mjs) ----
  const NODE_FRAMES = require('./node-buffer-frames.json');
  // The kind of a failed check (as record-buffer-frames.mjs names node's).
  function failureKind(e) {
    if (e === null || typeof e !== 'object') return null;
    const m = String(e.message);
    if (e.code === 'ERR_BUFFER_OUT_OF_BOUNDS') return 'oob';
    if (e.code === 'ERR_INVALID_ARG_TYPE') return 'type';
    if (e.code === 'ERR_OUT_OF_RANGE') {
      if (m.startsWith('The value of "value"')) return 'value';
      if (m.startsWith('The value of "byteLength"')) return 'byteLength';
      return m.includes('an integer') ? 'integer' : 'offset';
    }
    return e instanceof TypeError && /BigInt/.test(m) ? 'bigint' : null;
  }
  const wrapped = new Map();
  for (const name of Object.getOwnPropertyNames(proto)) {
    const canonical = name.replace('Uint', 'UInt');
    const fn = proto[name];
    // (The fixed-width reads check in readBounds, which gives their frames.)
    const reading = /^read(U?Int)(LE|BE)$/.test(canonical);
    if (!(reading || /^write(U?Int|Float|Double|Big)/.test(canonical) || /^(compare|equals|copy)$/.test(name)) ||
        typeof fn !== 'function') continue;
    // The variable widths' byteLength: a read's second argument, a write's third.
    const variable = /^(read|write)(U?Int)(LE|BE)$/.test(canonical);
    let w = wrapped.get(fn);
    if (w === undefined) {
      const framed = (err, b, c) => {
        // (An error that already shows node's frames keeps them: a fixed-width read's bounds error.)
        if (err === null || typeof err !== 'object') return err;
        const first = String(err.stack).split('\n').find((l) => l.startsWith('    at '));
        if (first && first.includes('(node:')) return err;
        const kind = failureKind(err);
        const width = variable ? (reading ? b : c) : '';
        const rec = kind && NODE_FRAMES[`${canonical}|${kind}|${width === undefined ? '' : width}`];
        return rec ? at(err, rec.header, ...rec.frames) : err;
      };
      // Reads and writes in hot loops: fixed parameters (a rest array costs twice the call in Boa);
      // compare/equals/copy keep their argument count (compare's one-argument form is its own path).
      w = /^(compare|equals|copy)$/.test(name) ? {
        [fn.name](...args) {
          try {
            return Reflect.apply(fn, this, args);
          } catch (err) {
            throw framed(err, args[1], args[2]);
          }
        },
      }[fn.name] : {
        [fn.name](a, b, c) {
          try {
            return fn.call(this, a, b, c);
          } catch (err) {
            throw framed(err, b, c);
          }
        },
      }[fn.name];
      Object.defineProperty(w, 'length', { value: fn.length });
      wrapped.set(fn, w);
    }
    proto[name] = w;
  }

  // ---- Node's Buffer.prototype[util.inspect.custom]: `<Buffer 68 69 ... N more bytes, extra: 1>` ----
  const isIndexKey = (k) => typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k);
  function inspect(recurseTimes, ctx) {
    const max = inspectMaxBytes();
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = toStringImpl.call(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      let extras = false;
      const obj = { __proto__: null };
      for (const key of Reflect.ownKeys(this)) {
        if (isIndexKey(key)) continue;
        if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
        extras = true;
        obj[key] = this[key];
      }
      if (extras) {
        if (this.length !== 0) str += ', ';
        // '[Object: null prototype] {'.length === 26
        str += internal.inspect(obj, Object.assign({}, ctx, { breakLength: Infinity, compact: true })).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  }
  Object.defineProperty(proto, customInspectSymbol, { value: inspect, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(proto, 'inspect', { value: inspect, writable: true, configurable: true, enumerable: false });
};
