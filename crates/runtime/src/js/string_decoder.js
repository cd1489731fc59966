//! node:string_decoder: StringDecoder, a JS port of Node 20's lib/string_decoder.js plus the C++ decoder
//! (src/string_decoder.cc): same buffering of incomplete UTF-8 / UTF-16 / base64 input across write() calls,
//! same U+FFFD replacement as V8's UTF-8 decoder, same 7-byte state buffer under Symbol(kNativeDecoder).
(function (internal) {
  'use strict';
  // Layout of the native state buffer (src/string_decoder.h).
  const kIncompleteCharactersStart = 0;
  const kIncompleteCharactersEnd = 4;
  const kMissingBytes = 4;
  const kBufferedBytes = 5;
  const kEncodingField = 6;
  const kSize = 7;
  // enum encoding in src/node.h
  const encodingsMap = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };
  const kNativeDecoder = Symbol('kNativeDecoder');

  function normalizeEncoding(enc) {
    if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
    return slowCases(enc);
  }

  function slowCases(enc) {
    switch (enc.length) {
      case 4:
        if (enc === 'UTF8') return 'utf8';
        if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
        enc = `${enc}`.toLowerCase();
        if (enc === 'utf8') return 'utf8';
        if (enc === 'ucs2') return 'utf16le';
        break;
      case 3:
        if (enc === 'hex' || enc === 'HEX' || `${enc}`.toLowerCase() === 'hex') return 'hex';
        break;
      case 5:
        if (enc === 'ascii') return 'ascii';
        if (enc === 'ucs-2') return 'utf16le';
        if (enc === 'UTF-8') return 'utf8';
        if (enc === 'ASCII') return 'ascii';
        if (enc === 'UCS-2') return 'utf16le';
        enc = `${enc}`.toLowerCase();
        if (enc === 'utf-8') return 'utf8';
        if (enc === 'ascii') return 'ascii';
        if (enc === 'ucs-2') return 'utf16le';
        break;
      case 6:
        if (enc === 'base64') return 'base64';
        if (enc === 'latin1' || enc === 'binary') return 'latin1';
        if (enc === 'BASE64') return 'base64';
        if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
        enc = `${enc}`.toLowerCase();
        if (enc === 'base64') return 'base64';
        if (enc === 'latin1' || enc === 'binary') return 'latin1';
        break;
      case 7:
        if (enc === 'utf16le' || enc === 'UTF16LE' || `${enc}`.toLowerCase() === 'utf16le') return 'utf16le';
        break;
      case 8:
        if (enc === 'utf-16le' || enc === 'UTF-16LE' || `${enc}`.toLowerCase() === 'utf-16le') return 'utf16le';
        break;
      case 9:
        if (enc === 'base64url' || enc === 'BASE64URL' || `${enc}`.toLowerCase() === 'base64url') return 'base64url';
        break;
      default:
        if (enc === '') return 'utf8';
    }
    return undefined;
  }

  function unknownEncoding(enc) {
    return internal.errors.withCode(new TypeError(`Unknown encoding: ${enc}`), 'ERR_UNKNOWN_ENCODING');
  }

  // ---- byte -> string conversions (StringBytes::Encode) ----

  function fromCodes(codes) {
    let out = '';
    for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
    return out;
  }

  // V8's String::NewFromUtf8: each maximal invalid subsequence becomes one U+FFFD; a BOM is kept.
  function utf8Decode(bytes, start, end) {
    const codes = [];
    for (let i = start; i < end;) {
      const b = bytes[i];
      let cp = 0xFFFD;
      let n = 1;
      if (b < 0x80) {
        cp = b;
      } else if (b >= 0xC2 && b <= 0xF4) {
        const need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        let lower = 0x80;
        let upper = 0xBF;
        if (b === 0xE0) lower = 0xA0;
        else if (b === 0xED) upper = 0x9F;
        else if (b === 0xF0) lower = 0x90;
        else if (b === 0xF4) upper = 0x8F;
        let acc = b & (need === 1 ? 0x1F : need === 2 ? 0x0F : 0x07);
        let k = 1;
        for (; k <= need; k++) {
          if (i + k >= end) break;
          const c = bytes[i + k];
          if (c < lower || c > upper) break;
          acc = (acc << 6) | (c & 0x3F);
          lower = 0x80;
          upper = 0xBF;
        }
        if (k > need) cp = acc;
        n = k;
      }
      i += n;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        codes.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
      } else {
        codes.push(cp);
      }
    }
    return fromCodes(codes);
  }

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function base64Encode(bytes, start, end, url) {
    const table = url ? B64URL : B64;
    let out = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
    }
    const rest = end - i;
    if (rest === 1) {
      const n = bytes[i] << 16;
      out += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
    } else if (rest === 2) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
    }
    return out;
  }

  const HEX = '0123456789abcdef';
  function makeString(bytes, start, end, encoding) {
    switch (encoding) {
      case 'utf8':
        return utf8Decode(bytes, start, end);
      case 'utf16le': {
        const codes = [];
        for (let i = start; i + 1 < end; i += 2) codes.push(bytes[i] | (bytes[i + 1] << 8));
        return fromCodes(codes);
      }
      case 'base64':
        return base64Encode(bytes, start, end, false);
      case 'base64url':
        return base64Encode(bytes, start, end, true);
      case 'hex': {
        let out = '';
        for (let i = start; i < end; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
        return out;
      }
      case 'ascii': {
        const codes = [];
        for (let i = start; i < end; i++) codes.push(bytes[i] & 0x7F);
        return fromCodes(codes);
      }
      default: { // latin1
        const codes = [];
        for (let i = start; i < end; i++) codes.push(bytes[i]);
        return fromCodes(codes);
      }
    }
  }

  // ---- StringDecoder::DecodeData / FlushData ----

  function decode(state, encoding, data) {
    let pos = 0;
    let nread = data.length;
    let prepend;
    let body;
    if (encoding === 'utf8' || encoding === 'utf16le' || encoding === 'base64' || encoding === 'base64url') {
      if (state[kMissingBytes] > 0) {
        if (encoding === 'utf8') {
          // An incomplete character that is interrupted by a non-continuation byte is finished early.
          for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
            if ((data[pos + i] & 0xC0) !== 0x80) {
              state[kMissingBytes] = 0;
              for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = data[pos + k];
              state[kBufferedBytes] += i;
              pos += i;
              nread -= i;
              break;
            }
          }
        }
        const found = Math.min(nread, state[kMissingBytes]);
        for (let k = 0; k < found; k++) state[state[kBufferedBytes] + k] = data[pos + k];
        pos += found;
        nread -= found;
        state[kMissingBytes] -= found;
        state[kBufferedBytes] += found;
        if (state[kMissingBytes] === 0) {
          prepend = makeString(state, 0, state[kBufferedBytes], encoding);
          state[kBufferedBytes] = 0;
        }
      }

      if (nread === 0) {
        body = prepend !== undefined ? prepend : '';
        prepend = undefined;
      } else {
        if (encoding === 'utf8' && (data[pos + nread - 1] & 0x80)) {
          for (let i = nread - 1; ; --i) {
            state[kBufferedBytes]++;
            const b = data[pos + i];
            if ((b & 0xC0) === 0x80) {
              if (state[kBufferedBytes] >= 4 || i === 0) {
                state[kBufferedBytes] = 0;
                break;
              }
            } else {
              if ((b & 0xE0) === 0xC0) {
                state[kMissingBytes] = 2;
              } else if ((b & 0xF0) === 0xE0) {
                state[kMissingBytes] = 3;
              } else if ((b & 0xF8) === 0xF0) {
                state[kMissingBytes] = 4;
              } else {
                state[kBufferedBytes] = 0;
                break;
              }
              if (state[kBufferedBytes] >= state[kMissingBytes]) {
                state[kMissingBytes] = 0;
                state[kBufferedBytes] = 0;
              }
              state[kMissingBytes] -= state[kBufferedBytes];
              break;
            }
          }
        } else if (encoding === 'utf16le') {
          if ((nread % 2) === 1) {
            state[kBufferedBytes] = 1;
            state[kMissingBytes] = 1;
          } else if ((data[pos + nread - 1] & 0xFC) === 0xD8) {
            state[kBufferedBytes] = 2;
            state[kMissingBytes] = 2;
          }
        } else if (encoding === 'base64' || encoding === 'base64url') {
          state[kBufferedBytes] = nread % 3;
          if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
        }

        if (state[kBufferedBytes] > 0) {
          nread -= state[kBufferedBytes];
          for (let k = 0; k < state[kBufferedBytes]; k++) state[k] = data[pos + nread + k];
        }
        body = nread > 0 ? makeString(data, pos, pos + nread, encoding) : '';
      }
      return prepend === undefined ? body : prepend + body;
    }
    return makeString(data, 0, data.length, encoding);
  }

  function flush(state, encoding) {
    if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
      state[kMissingBytes]--;
      state[kBufferedBytes]--;
    }
    if (state[kBufferedBytes] === 0) return '';
    const ret = makeString(state, 0, state[kBufferedBytes], encoding);
    state[kMissingBytes] = 0;
    state[kBufferedBytes] = 0;
    return ret;
  }

  function toBytes(buf) {
    if (buf instanceof Uint8Array) return buf;
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  function StringDecoder(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      throw internal.errors.withArrow(internal.errors.nodeFrames(unknownEncoding(encoding),
        'normalizeEncoding (node:string_decoder:69:13)', 'new StringDecoder (node:string_decoder:82:19)'),
      'node:string_decoder:69\n      throw new ERR_UNKNOWN_ENCODING(enc);\n      ^\n');
    }
    this.encoding = enc;
    const Buffer = internal.Buffer;
    this[kNativeDecoder] = Buffer ? Buffer.alloc(kSize) : new Uint8Array(kSize);
    this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      const err = internal.errors.nodeFrames(internal.errors.invalidArgType('buf', 'Buffer, TypedArray, or DataView', buf),
        'StringDecoder.write (node:string_decoder:98:11)');
      throw internal.errors.withArrow(err, "node:string_decoder:98\n    throw new ERR_INVALID_ARG_TYPE('buf',\n    ^\n");
    }
    if (!this[kNativeDecoder]) {
      throw internal.errors.withCode(new TypeError('Value of "this" must be of type StringDecoder'),
        'ERR_INVALID_THIS');
    }
    return decode(this[kNativeDecoder], this.encoding, toBytes(buf));
  };

  StringDecoder.prototype.end = function end(buf) {
    let ret = '';
    if (buf !== undefined) ret = this.write(buf);
    if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder], this.encoding);
    return ret;
  };

  StringDecoder.prototype.text = function text(buf, offset) {
    this[kNativeDecoder][kMissingBytes] = 0;
    this[kNativeDecoder][kBufferedBytes] = 0;
    return this.write(buf.slice(offset));
  };

  Object.defineProperties(StringDecoder.prototype, {
    lastChar: {
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
      },
    },
    lastNeed: {
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder][kMissingBytes];
      },
    },
    lastTotal: {
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
      },
    },
  });

  internal.modules.string_decoder = { StringDecoder };
})
