//! node:url, part 1 of 7 (loaded by url.js, sharing through internal.urlShared): errors, UTF-8 and percent-encoding,
//! punycode and the approximated IDNA of the URL Standard's host parser.
(function (internal) {
  'use strict';
  const shared = (internal.urlShared = {});
  // Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
  //
  // url.js registers internal.modules.url and sets internal.url = { URL, URLSearchParams, ... } (the bootstrap installs
  // the globals). Uses internal.modules.path (pathToFileURL) and internal.modules.querystring (legacy
  // url.parse(s, true) / url.format({ query })) lazily, at call time.
  //
  // Where Node 20's ada parser departs from the URL Standard, ada is followed (each quirk is commented).
  // Deliberate gaps: IDNA is approximated (NFKC + case folding + a few ignored/disallowed code points and the
  // CheckJoiners rule, then punycode) instead of the full UTS #46 tables, and the bidi rule (CheckBidi) is not
  // applied.

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  const getInspect = () => internal.inspect;

  // ---------------------------------------------------------------- errors

  function codedError(Ctor, code, message) {
    return internal.errors.withCode(new Ctor(message), code);
  }
  // node's header for a throw at `line` of lib/internal/url.js (`src`, that line): the caret at `col`, else under
  // the line's first non-blank. A `file:line` for another file.
  const arrowAt = (line, src, col) => `${typeof line === 'number' ? `node:internal/url:${line}` : line}\n${src}\n${
    ' '.repeat(col === undefined ? src.search(/\S/) : col - 1)}^\n`;
  // node's frames for an error thrown in its own code (innermost first), with node's header `arrow` (none:
  // the error's own). An error that already has node's frames (thrown in a call made from there: `new URL` in
  // fileURLToPath) keeps them and its header, and gets `frames` below them.
  const at = (err, arrow, ...frames) => internal.errors.nodeFramesBelow(err, arrow === undefined ? null : arrow, frames);
  // V8's name for the frame of `fn` called on `self`: `URLSearchParams.get`, `URL.canParse` on the class,
  // `Object.fileURLToPath` on the module, bare without a receiver.
  function calledOn(self, fn) {
    if (self === undefined || self === null || self === globalThis) return fn;
    if (self[Symbol.toStringTag] === 'Module') return `Module.${fn}`;
    if (typeof self === 'function') {
      const d = Object.getOwnPropertyDescriptor(self, 'prototype');
      return `${d && d.writable === false && self.name ? self.name : 'Function'}.${fn}`;
    }
    const C = self.constructor;
    return `${typeof C === 'function' && C.name ? C.name : 'Object'}.${fn}`;
  }
  // Thrown from C++ in Node (new URL / URL.canParse): no [code] in the stack header.
  function nativeInvalidUrl(input, base) {
    const err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    if (base !== undefined) err.base = base;
    return err;
  }
  function ERR_INVALID_URL(input) {
    const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
    err.input = input;
    return err;
  }
  function ERR_MISSING_ARGS(...names) {
    let msg = 'The ';
    const wrap = (a) => `"${a}"`;
    const len = names.length;
    switch (len) {
      case 1: msg += `${wrap(names[0])} argument`; break;
      case 2: msg += `${wrap(names[0])} and ${wrap(names[1])} arguments`; break;
      default:
        msg += names.slice(0, len - 1).map(wrap).join(', ');
        msg += `, and ${wrap(names[len - 1])} arguments`;
        break;
    }
    return codedError(TypeError, 'ERR_MISSING_ARGS', `${msg} must be specified`);
  }
  function ERR_INVALID_THIS(type) {
    return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }
  function ERR_INVALID_TUPLE(name, value) {
    return codedError(TypeError, 'ERR_INVALID_TUPLE', `${name} must be an iterable ${value} tuple`);
  }
  function ERR_ARG_NOT_ITERABLE(name) {
    return codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${name} must be iterable`);
  }
  function ERR_INVALID_ARG_TYPE(name, expected, actual) {
    return internal.errors.invalidArgType(name, expected, actual);
  }
  function ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
    let inspected = getInspect()(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
  }
  function ERR_INVALID_FILE_URL_HOST(platform) {
    return codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      `File URL host must be "localhost" or empty on ${platform}`);
  }
  function ERR_INVALID_FILE_URL_PATH(msg) {
    return codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path ${msg}`);
  }
  function ERR_INVALID_URL_SCHEME(expected) {
    return codedError(TypeError, 'ERR_INVALID_URL_SCHEME', `The URL must be of scheme ${expected}`);
  }
  function ERR_INVALID_URI() {
    return codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }

  // ---------------------------------------------------------------- strings, UTF-8, percent-encoding

  // String.prototype.toWellFormed: lone surrogates -> U+FFFD.
  function toUSVString(s) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        let out = '';
        let last = 0;
        for (let j = i; j < s.length; j++) {
          const d = s.charCodeAt(j);
          if (d >= 0xD800 && d <= 0xDBFF) {
            const e = s.charCodeAt(j + 1);
            if (e >= 0xDC00 && e <= 0xDFFF) {
              j++;
              continue;
            }
          } else if (!(d >= 0xDC00 && d <= 0xDFFF)) {
            continue;
          }
          out += s.slice(last, j) + '\uFFFD';
          last = j + 1;
        }
        return out + s.slice(last);
      }
    }
    return s;
  }

  function utf8Bytes(cp) {
    if (cp < 0x80) return [cp];
    if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
    if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  }

  const hexTable = new Array(256);
  for (let i = 0; i < 256; ++i) hexTable[i] = '%' + ((i < 16 ? '0' : '') + i.toString(16)).toUpperCase();

  // V8-style UTF-8 decoding: each maximal invalid subsequence -> one U+FFFD.
  function utf8Decode(bytes) {
    const codes = [];
    let out = '';
    const len = bytes.length;
    for (let i = 0; i < len;) {
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
          if (i + k >= len) break;
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
      if (codes.length > 8000) {
        out += String.fromCharCode.apply(null, codes);
        codes.length = 0;
      }
    }
    return out + String.fromCharCode.apply(null, codes);
  }

  function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
  function hexVal(c) {
    return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
  }

  // https://url.spec.whatwg.org/#percent-decode (of a string, UTF-8 encoded first)
  function percentDecodeToBytes(str) {
    const bytes = [];
    for (const ch of str) {
      const b = utf8Bytes(ch.codePointAt(0));
      for (let k = 0; k < b.length; k++) bytes.push(b[k]);
    }
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length + 0 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.push(hexVal(bytes[i + 1]) * 16 + hexVal(bytes[i + 2]));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return out;
  }

  // Percent-encode sets, as predicates over a code point.
  const inC0ControlSet = (c) => c < 0x20 || c > 0x7E;
  const inFragmentSet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
  const inQuerySet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
  const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
  const inPathSet = (c) => inQuerySet(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
  const inUserinfoSet = (c) => inPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
    (c >= 0x5B && c <= 0x5E) || c === 0x7C;

  function percentEncodeCodePoint(cp, inSet) {
    if (!inSet(cp)) return String.fromCodePoint(cp);
    const bytes = utf8Bytes(cp);
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += hexTable[bytes[i]];
    return out;
  }
  function percentEncodeString(str, inSet) {
    let out = '';
    for (const ch of str) out += percentEncodeCodePoint(ch.codePointAt(0), inSet);
    return out;
  }

  // ---------------------------------------------------------------- punycode (RFC 3492) and IDNA

  const PUNY_BASE = 36;
  const PUNY_TMIN = 1;
  const PUNY_TMAX = 26;
  const PUNY_SKEW = 38;
  const PUNY_DAMP = 700;
  const PUNY_INITIAL_BIAS = 72;
  const PUNY_INITIAL_N = 128;
  const MAXINT = 0x7FFFFFFF;

  function punyAdapt(delta, numPoints, firstTime) {
    let k = 0;
    delta = firstTime ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    for (; delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1; k += PUNY_BASE) {
      delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    }
    return Math.floor(k + (PUNY_BASE - PUNY_TMIN + 1) * delta / (delta + PUNY_SKEW));
  }
  function punyDigit(d) {
    return d + 22 + 75 * (d < 26 ? 1 : 0);
  }

  function punycodeEncode(input) {
    const cps = Array.from(input, (ch) => ch.codePointAt(0));
    let output = '';
    for (const c of cps) if (c < 0x80) output += String.fromCharCode(c);
    const basicLength = output.length;
    let handled = basicLength;
    if (basicLength) output += '-';
    let n = PUNY_INITIAL_N;
    let delta = 0;
    let bias = PUNY_INITIAL_BIAS;
    while (handled < cps.length) {
      let m = MAXINT;
      for (const c of cps) if (c >= n && c < m) m = c;
      if (m - n > Math.floor((MAXINT - delta) / (handled + 1))) return null;
      delta += (m - n) * (handled + 1);
      n = m;
      for (const c of cps) {
        if (c < n && ++delta > MAXINT) return null;
        if (c === n) {
          let q = delta;
          for (let k = PUNY_BASE; ; k += PUNY_BASE) {
            const t = k <= bias ? PUNY_TMIN : (k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias);
            if (q < t) break;
            output += String.fromCharCode(punyDigit(t + (q - t) % (PUNY_BASE - t)));
            q = Math.floor((q - t) / (PUNY_BASE - t));
          }
          output += String.fromCharCode(punyDigit(q));
          bias = punyAdapt(delta, handled + 1, handled === basicLength);
          delta = 0;
          ++handled;
        }
      }
      ++delta;
      ++n;
    }
    return output;
  }

  function punycodeDecode(input) {
    const output = [];
    let basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    for (let j = 0; j < basic; ++j) {
      const c = input.charCodeAt(j);
      if (c >= 0x80) return null;
      output.push(c);
    }
    let i = 0;
    let n = PUNY_INITIAL_N;
    let bias = PUNY_INITIAL_BIAS;
    for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
      const oldi = i;
      for (let w = 1, k = PUNY_BASE; ; k += PUNY_BASE) {
        if (index >= input.length) return null;
        const cc = input.charCodeAt(index++);
        let digit;
        if (cc >= 0x30 && cc <= 0x39) digit = cc - 22;
        else if (cc >= 0x41 && cc <= 0x5A) digit = cc - 0x41;
        else if (cc >= 0x61 && cc <= 0x7A) digit = cc - 0x61;
        else return null;
        if (digit > Math.floor((MAXINT - i) / w)) return null;
        i += digit * w;
        const t = k <= bias ? PUNY_TMIN : (k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias);
        if (digit < t) break;
        if (w > Math.floor(MAXINT / (PUNY_BASE - t))) return null;
        w *= PUNY_BASE - t;
      }
      const out = output.length + 1;
      bias = punyAdapt(i - oldi, out, oldi === 0);
      if (Math.floor(i / out) > MAXINT - n) return null;
      n += Math.floor(i / out);
      i %= out;
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
      output.splice(i++, 0, n);
    }
    return String.fromCodePoint.apply(null, output);
  }

  function isAsciiString(s) {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
    return true;
  }

  // Rough UTS #46 mapping: drop "ignored" code points, NFKC, case-fold (toLowerCase plus the Cherokee and
  // capital sharp s exceptions), map ideographic full stops to '.'. Returns FAILURE for characters whose
  // compatibility decomposition contains a full stop (U+2024, U+2488, ...), which UTS #46 disallows.
  const IGNORED_RE = /[\u00AD\u034F\u180B-\u180D\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF]/g;
  const DOTS_RE = /[\u3002\uFF0E\uFF61]/g;
  const canNormalize = (() => {
    try {
      return '\u00C5'.normalize('NFKC') === '\u00C5' && 'A\u030A'.normalize('NFC') === '\u00C5';
    } catch (e) {
      return false;
    }
  })();
  function idnaMap(domain) {
    if (isAsciiString(domain)) return domain.toLowerCase();
    if (/[\u10A0-\u10C5]/.test(domain)) return FAILURE; // Georgian capitals are disallowed
    let s = domain.replace(IGNORED_RE, '');
    if (canNormalize) {
      for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c >= 0x80 && c !== 0x3002 && c !== 0xFF0E && c !== 0xFF61 && ch.normalize('NFKC').includes('.')) {
          return FAILURE;
        }
      }
      s = s.normalize('NFKC');
    }
    s = s.replace(/\u1E9E/g, 'ss').toLowerCase();
    // Case folding maps Cherokee to the capital letters (toLowerCase goes the other way).
    s = s.replace(/[\uAB70-\uABBF\u13F8-\u13FD]/g, (ch) => {
      const c = ch.charCodeAt(0);
      return String.fromCharCode(c >= 0xAB70 ? c - 0xAB70 + 0x13A0 : c - 8);
    });
    if (canNormalize) s = s.normalize('NFC');
    return s.replace(DOTS_RE, '.');
  }
  function idnaDisallowed(s) {
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if ((c >= 0x80 && c <= 0x9F) || c === 0xFFFD || c === 0xFFFC || (c >= 0xFFF0 && c <= 0xFFF8) ||
          (c >= 0xD800 && c <= 0xDFFF) || (c & 0xFFFE) === 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF) ||
          c === 0x2028 || c === 0x2029 || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
          (c >= 0x2066 && c <= 0x2069)) {
        return true;
      }
    }
    return false;
  }
  let startsWithMark;
  try {
    const re = new RegExp('^\\p{M}', 'u');
    startsWithMark = (label) => re.test(label);
  } catch (e) {
    const marks = /^[\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u0610-\u061A\u064B-\u065F\u0900-\u0903]/;
    const marks2 = /^[\u093A-\u094F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
    startsWithMark = (label) => marks.test(label) || marks2.test(label);
  }
  const VIRAMAS = new Set([0x94D, 0x9CD, 0xA4D, 0xACD, 0xB4D, 0xBCD, 0xC4D, 0xCCD, 0xD3B, 0xD3C, 0xD4D, 0xDCA, 0xE3A,
    0xEBA, 0xF84, 0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F,
    0xA806, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED]);
  const isArabicJoining = (c) => c !== undefined && ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3) ||
    (c >= 0x6FA && c <= 0x6FC) || (c >= 0x750 && c <= 0x77F) || (c >= 0x8A0 && c <= 0x8C9));
  // UTS #46 validity criteria that matter in practice: no leading combining mark, CheckJoiners (ZWJ after a
  // virama; ZWNJ after a virama or between joining Arabic letters). The bidi rule (CheckBidi) is not checked.
  function idnaLabelInvalid(label) {
    if (label === '') return false;
    if (startsWithMark(label)) return true;
    const cps = Array.from(label, (ch) => ch.codePointAt(0));
    for (let i = 0; i < cps.length; i++) {
      if (cps[i] === 0x200D && !VIRAMAS.has(cps[i - 1])) return true;
      if (cps[i] === 0x200C && !VIRAMAS.has(cps[i - 1]) &&
          !(isArabicJoining(cps[i - 1]) && isArabicJoining(cps[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  const FAILURE = Symbol('failure');

  // https://url.spec.whatwg.org/#concept-domain-to-ascii (beStrict = false)
  function domainToASCIIInternal(domain) {
    const mapped = idnaMap(domain);
    if (mapped === FAILURE) return FAILURE;
    const labels = mapped.split('.');
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (label.startsWith('xn--')) {
        if (!isAsciiString(label)) return FAILURE;
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === null || decoded === '' || idnaDisallowed(decoded) ||
            idnaLabelInvalid(decoded) || idnaMap(decoded) !== decoded) {
          return FAILURE;
        }
      } else if (!isAsciiString(label)) {
        if (idnaDisallowed(label) || idnaLabelInvalid(label)) return FAILURE;
        const enc = punycodeEncode(label);
        if (enc === null) return FAILURE;
        labels[i] = `xn--${enc}`;
      }
    }
    const result = labels.join('.');
    if (result === '') return FAILURE;
    for (let i = 0; i < result.length; i++) {
      if (isForbiddenDomainCodePoint(result.charCodeAt(i))) return FAILURE;
    }
    return result;
  }

  function domainToUnicodeInternal(domain) {
    return domain.split('.').map((label) => {
      if (label.toLowerCase().startsWith('xn--')) {
        const decoded = punycodeDecode(label.slice(4));
        return decoded === null ? label : decoded;
      }
      return label;
    }).join('.');
  }

  // ---------------------------------------------------------------- hosts

  function isForbiddenHostCodePoint(c) {
    return c === 0x00 || c === 0x09 || c === 0x0A || c === 0x0D || c === 0x20 || c === 0x23 || c === 0x2F ||
      c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C ||
      c === 0x5D || c === 0x5E || c === 0x7C;
  }
  function isForbiddenDomainCodePoint(c) {
    return isForbiddenHostCodePoint(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
  }


  Object.assign(shared, {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URI, ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS, FAILURE, arrowAt, at, calledOn, customInspectSymbol, domainToASCIIInternal,
    domainToUnicodeInternal, getInspect, hexTable, hexVal, inC0ControlSet, inFragmentSet, inPathSet, inQuerySet,
    inSpecialQuerySet, inUserinfoSet, isForbiddenHostCodePoint, isHex, nativeInvalidUrl, percentDecodeToBytes,
    percentEncodeCodePoint, percentEncodeString, toUSVString, utf8Decode
  });
})
