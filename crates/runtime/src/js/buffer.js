//! A minimal `Buffer` (a Uint8Array subclass) with the encodings crypto results need; the full node:buffer
//! API arrives with the core-modules work.
(function (internal) {
  'use strict';
  const host = internal.host;
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  function toBase64(bytes, url) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
      out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : (url ? '' : '=');
      out += i + 2 < bytes.length ? B64[n & 63] : (url ? '' : '=');
    }
    return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out;
  }
  function fromBase64(str) {
    const clean = String(str).replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
    const out = [];
    let bits = 0;
    let acc = 0;
    for (const ch of clean) {
      acc = (acc << 6) | B64.indexOf(ch);
      bits += 6;
      if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 255); }
    }
    return out;
  }
  function normEnc(enc) {
    const e = String(enc === undefined ? 'utf8' : enc).toLowerCase();
    if (e === 'utf-8') return 'utf8';
    if (e === 'binary') return 'latin1';
    if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
    return e;
  }
  function bytesOf(str, enc) {
    switch (normEnc(enc)) {
      case 'utf8': return host.utf8Encode(str);
      case 'hex': {
        const out = [];
        for (let i = 0; i + 1 < str.length; i += 2) {
          const b = parseInt(str.slice(i, i + 2), 16);
          if (Number.isNaN(b)) break;
          out.push(b);
        }
        return out;
      }
      case 'base64': case 'base64url': return fromBase64(str);
      case 'latin1': case 'ascii': return Array.from(str, (c) => c.charCodeAt(0) & 255);
      case 'utf16le': {
        const out = [];
        for (let i = 0; i < str.length; i++) { const c = str.charCodeAt(i); out.push(c & 255, c >> 8); }
        return out;
      }
      default: {
        const err = new TypeError(`Unknown encoding: ${enc}`);
        err.code = 'ERR_UNKNOWN_ENCODING';
        throw err;
      }
    }
  }

  class Buffer extends Uint8Array {
    static from(value, encOrOffset, length) {
      if (typeof value === 'string') {
        const b = bytesOf(value, encOrOffset);
        const buf = new Buffer(b.length);
        buf.set(b);
        return buf;
      }
      if (value instanceof ArrayBuffer) return new Buffer(value, encOrOffset || 0, length);
      if (value && (Array.isArray(value) || ArrayBuffer.isView(value) || typeof value.length === 'number')) {
        const buf = new Buffer(value.length);
        for (let i = 0; i < value.length; i++) buf[i] = value[i] & 255;
        return buf;
      }
      throw internal.errors.invalidArgType('first argument',
        'string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
    }
    static alloc(size, fill) {
      const b = new Buffer(size);
      if (fill !== undefined) b.fill(typeof fill === 'string' ? fill.charCodeAt(0) : fill);
      return b;
    }
    static allocUnsafe(size) { return new Buffer(size); }
    static isBuffer(v) { return v instanceof Buffer; }
    static isEncoding(e) { return ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].includes(normEnc(e)); }
    static byteLength(s, enc) { return typeof s === 'string' ? bytesOf(s, enc).length : s.byteLength; }
    static concat(list, total) {
      if (total === undefined) total = list.reduce((n, b) => n + b.length, 0);
      const out = Buffer.alloc(total);
      let pos = 0;
      for (const b of list) { out.set(b.subarray(0, Math.max(0, total - pos)), pos); pos += b.length; if (pos >= total) break; }
      return out;
    }
    toString(encoding, start = 0, end = this.length) {
      const bytes = this.subarray(start, end);
      switch (normEnc(encoding)) {
        case 'utf8': return host.utf8Decode(new Uint8Array(bytes));
        case 'hex': return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
        case 'base64': return toBase64(bytes, false);
        case 'base64url': return toBase64(bytes, true);
        case 'latin1': return String.fromCharCode(...bytes);
        case 'ascii': return String.fromCharCode(...Array.from(bytes, (b) => b & 127));
        case 'utf16le': {
          let s = '';
          for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
          return s;
        }
        default: return bytesOf('', encoding);
      }
    }
    equals(other) {
      if (this.length !== other.length) return false;
      for (let i = 0; i < this.length; i++) if (this[i] !== other[i]) return false;
      return true;
    }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    slice(start, end) { return this.subarray(start, end); }
  }
  internal.Buffer = Buffer;
  internal.modules.buffer = { Buffer, constants: { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 } };
})
