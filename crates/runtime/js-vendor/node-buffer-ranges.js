// Node 20's argument rules and errors for Buffer fill/copy/compare/write/swap (lib/buffer.js), and the helpers that
// give an error node's frames and lib/buffer.js header (`at`, `arrowAt`), for node-buffer.js, which calls this once.
'use strict';

module.exports = function patchRanges(h) {
  const { internal, VendorBuffer, proto, kMaxLength, validateInteger, withCode, invalidArgType, outOfRange,
    unknownEncoding, normalizeEncoding, isUint8Array, protoCompareImpl } = h;
  // ---- fill/copy/compare/write/swap: Node's argument rules (lib/buffer.js), not the package's ----
  // node's frames (and, for a throw of its own, the source line an uncaught one shows) on an error from here.
  const at = (err, arrow, ...frames) => {
    internal.errors.nodeFrames(err, ...frames);
    return arrow === undefined ? err : internal.errors.withArrow(err, arrow);
  };
  // node's header for a throw in lib/buffer.js: `node:buffer:LINE`, the line, a caret under the throw.
  const arrowAt = (line, src) => `node:buffer:${line}\n${src}\n${' '.repeat(src.search(/\S/))}^\n`;
  function validateOffset(value, name, min = 0, max = kMaxLength, ...frames) {
    try {
      validateInteger(value, name, min, max);
    } catch (e) {
      throw at(e, undefined, 'validateOffset (node:buffer:121:3)', ...frames);
    }
  }
  const outOfBounds = (name) => withCode(new RangeError(name ? `"${name}" is outside of buffer bounds`
    : 'Attempt to access memory outside buffer bounds'), 'ERR_BUFFER_OUT_OF_BOUNDS');
  const fillTyped = Uint8Array.prototype.fill;
  // node's _fill(buf, value, offset, end, encoding).
  const FILL = 'Buffer.fill (node:buffer:1028:10)';
  proto.fill = function fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding, FILL);
  };
  function fillImpl(buf, value, offset, end, encoding, caller) {
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buf.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buf.length;
      }
      const enc = encoding === undefined || encoding === null ? 'utf8' : normalizeEncoding(encoding);
      if (enc === undefined) {
        if (typeof encoding !== 'string') throw invalidArgType('encoding', 'string', encoding);
        throw at(unknownEncoding(encoding), arrowAt(1045, '      throw new ERR_UNKNOWN_ENCODING(encoding);'),
          '_fill (node:buffer:1045:13)', caller);
      }
      encoding = enc;
      if (value.length === 0) {
        value = 0;
      } else if (value.length === 1) {
        if (enc === 'utf8' && value.charCodeAt(0) < 128) value = value.charCodeAt(0);
        else if (enc === 'latin1') value = value.charCodeAt(0);
      }
    }
    if (offset === undefined) {
      offset = 0;
      end = buf.length;
    } else {
      validateOffset(offset, 'offset', 0, kMaxLength, '_fill (node:buffer:1070:5)', caller);
      if (end === undefined) end = buf.length;
      else validateOffset(end, 'end', 0, buf.length, '_fill (node:buffer:1075:7)', caller);
      if (offset >= end) return buf;
    }
    if (end > buf.length) throw outOfBounds();
    let bytes;
    if (typeof value === 'string') bytes = VendorBuffer.from(value, encoding);
    else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    else return fillTyped.call(buf, typeof value === 'number' ? value : (value >>> 0) & 255, offset, end);
    if (bytes.length === 0) {
      throw at(withCode(new TypeError(`The argument 'value' is invalid. Received ${internal.inspect(value)}`), 'ERR_INVALID_ARG_VALUE'),
        arrowAt(1094, "        throw new ERR_INVALID_ARG_VALUE('value', value);"), '_fill (node:buffer:1094:15)', caller);
    }
    // The pattern once, then doubling copies of what is filled.
    const total = end - offset;
    let filled = Math.min(bytes.length, total);
    buf.set(filled === bytes.length ? bytes : bytes.subarray(0, filled), offset);
    while (filled < total) {
      const n = Math.min(filled, total - filled);
      buf.copyWithin(offset + filled, offset, offset + n);
      filled += n;
    }
    return buf;
  }
  const toInteger = (n, fallback) => {
    n = +n;
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
    return fallback;
  };
  // node's copyImpl / _copyActual.
  const COPY = 'Buffer.copy (node:buffer:827:12)';
  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    if (!ArrayBuffer.isView(this)) throw invalidArgType('source', 'Buffer or Uint8Array', this);
    if (!ArrayBuffer.isView(target)) throw invalidArgType('target', 'Buffer or Uint8Array', target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) {
        throw at(outOfRange('targetStart', '>= 0', targetStart),
          arrowAt(216, "      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);"), '_copy (node:buffer:216:13)', COPY);
      }
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.byteLength) {
        throw at(outOfRange('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart),
          arrowAt(224, "      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);"),
          '_copy (node:buffer:224:13)', COPY);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.byteLength;
    } else {
      sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) {
        throw at(outOfRange('sourceEnd', '>= 0', sourceEnd),
          arrowAt(232, "      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);"), '_copy (node:buffer:232:13)', COPY);
      }
    }
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
    const nb = Math.min(sourceEnd - sourceStart, this.byteLength - sourceStart);
    const into = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    into.set(new Uint8Array(this.buffer, this.byteOffset + sourceStart, nb), targetStart);
    return nb;
  };
  // node's Buffer.prototype.compare(target, targetStart, targetEnd, sourceStart, sourceEnd).
  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw invalidArgType('target', 'Buffer or Uint8Array', target);
    if (arguments.length === 1) return protoCompareImpl.call(this, target);
    const from = (line) => `Buffer.compare (node:buffer:${line}:5)`;
    if (targetStart === undefined) targetStart = 0; else validateOffset(targetStart, 'targetStart', 0, kMaxLength, from(931));
    if (targetEnd === undefined) targetEnd = target.length; else validateOffset(targetEnd, 'targetEnd', 0, target.length, from(936));
    if (sourceStart === undefined) sourceStart = 0; else validateOffset(sourceStart, 'sourceStart', 0, kMaxLength, from(941));
    if (sourceEnd === undefined) sourceEnd = this.length; else validateOffset(sourceEnd, 'sourceEnd', 0, this.length, from(946));
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return protoCompareImpl.call(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  };
  // node's write(string[, offset[, length]][, encoding]) checks, in front of the encoders above.
  const writeChecked = proto.write;
  proto.write = function write(string, offset, length, encoding) {
    if (typeof string !== 'string') {
      // Thrown by node's C++ encoder: the code is a plain property, not in the header.
      throw at(Object.assign(new TypeError('argument must be a string'), { code: 'ERR_INVALID_ARG_TYPE' }),
        offset === undefined ? 'node:buffer:1105\n    return this.utf8Write(string, 0, this.length);\n                ^\n' : undefined,
        `Buffer.write (node:buffer:${offset === undefined ? 1105 : 1132}:17)`);
    }
    if (offset === undefined) return writeChecked.call(this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') return writeChecked.call(this, string, 0, this.length, offset);
    validateOffset(offset, 'offset', 0, this.length, 'Buffer.write (node:buffer:1115:5)');
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length, 'Buffer.write (node:buffer:1125:7)');
      if (length > remaining) length = remaining;
    }
    return writeChecked.call(this, string, offset, length, encoding);
  };
  for (const [bits, line] of [[16, 1193], [32, 1208], [64, 1225]]) {
    const name = `swap${bits}`;
    const impl = proto[name];
    proto[name] = {
      [name]() {
        if (this.length % (bits / 8) !== 0) {
          throw at(withCode(new RangeError(`Buffer size must be a multiple of ${bits}-bits`), 'ERR_INVALID_BUFFER_SIZE'),
            arrowAt(line, `    throw new ERR_INVALID_BUFFER_SIZE('${bits}-bits');`), `Buffer.${name} (node:buffer:${line}:11)`);
        }
        return impl.call(this);
      },
    }[name];
  }

  return { at, arrowAt, outOfBounds, fillImpl };
};
