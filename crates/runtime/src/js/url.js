//! node:url and the WHATWG `URL` / `URLSearchParams` classes: a JS implementation of the URL Standard's basic
//! URL parser (in place of Node 20's ada binding, quirks included) under a port of lib/internal/url.js, plus the
//! legacy url.parse/format/resolve of lib/url.js.
(function (internal) {
  'use strict';
  // Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
  //
  // Registers internal.modules.url and sets internal.url = { URL, URLSearchParams, ... } (the bootstrap installs
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

  function parseIPv4Number(input) {
    if (input === '') return FAILURE;
    let R = 10;
    if (input.length >= 2 && (input.startsWith('0x') || input.startsWith('0X'))) {
      input = input.slice(2);
      R = 16;
    } else if (input.length >= 2 && input[0] === '0') {
      input = input.slice(1);
      R = 8;
    }
    if (input === '') return 0;
    const re = R === 10 ? /^[0-9]+$/ : R === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
    if (!re.test(input)) return FAILURE;
    // Exact for anything that can matter (anything above 2^32 fails anyway).
    let value = 0;
    for (let i = 0; i < input.length; i++) {
      value = value * R + parseInt(input[i], R);
      if (value > 0xFFFFFFFFFF) value = 0xFFFFFFFFFF;
    }
    return value;
  }

  function endsInANumber(input) {
    const parts = input.split('.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return parseIPv4Number(last) !== FAILURE;
  }

  function parseIPv4(input) {
    const parts = input.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return FAILURE;
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (n === FAILURE) return FAILURE;
      numbers.push(n);
    }
    for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
    if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
    let ipv4 = numbers[numbers.length - 1];
    for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
    return ipv4;
  }

  function serializeIPv4(n) {
    const out = [];
    for (let i = 0; i < 4; i++) {
      out.unshift(String(n % 256));
      n = Math.floor(n / 256);
    }
    return out.join('.');
  }

  function parseIPv6(input) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0;
    let compress = null;
    let pointer = 0;
    const cps = Array.from(input, (ch) => ch.codePointAt(0));
    const at = (p) => cps[p];
    const isDigit = (c) => c !== undefined && c >= 0x30 && c <= 0x39;
    if (at(pointer) === 0x3A) {
      if (at(pointer + 1) !== 0x3A) return FAILURE;
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (at(pointer) !== undefined) {
      if (pieceIndex === 8) return FAILURE;
      if (at(pointer) === 0x3A) {
        if (compress !== null) return FAILURE;
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      let value = 0;
      let length = 0;
      while (length < 4 && at(pointer) !== undefined && isHex(at(pointer))) {
        value = value * 0x10 + hexVal(at(pointer));
        pointer++;
        length++;
      }
      if (at(pointer) === 0x2E) {
        if (length === 0) return FAILURE;
        pointer -= length;
        if (pieceIndex > 6) return FAILURE;
        let numbersSeen = 0;
        while (at(pointer) !== undefined) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
            else return FAILURE;
          }
          if (!isDigit(at(pointer))) return FAILURE;
          while (isDigit(at(pointer))) {
            const number = at(pointer) - 0x30;
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return FAILURE;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return FAILURE;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return FAILURE;
        break;
      } else if (at(pointer) === 0x3A) {
        pointer++;
        if (at(pointer) === undefined) return FAILURE;
      } else if (at(pointer) !== undefined) {
        return FAILURE;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const tmp = address[compress + swaps - 1];
        address[compress + swaps - 1] = address[pieceIndex];
        address[pieceIndex] = tmp;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      return FAILURE;
    }
    return address;
  }

  function serializeIPv6(address) {
    let compress = null;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
      if (address[i] !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > bestLen) {
        bestLen = j - i;
        compress = i;
      }
      i = j;
    }
    let output = '';
    let ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && address[i] === 0) continue;
      ignore0 = false;
      if (compress === i) {
        output += i === 0 ? '::' : ':';
        ignore0 = true;
        continue;
      }
      output += address[i].toString(16);
      if (i !== 7) output += ':';
    }
    return output;
  }

  // https://url.spec.whatwg.org/#concept-host-parser; returns the serialized host or FAILURE.
  function parseHost(input, isOpaque) {
    if (input[0] === '[') {
      if (input[input.length - 1] !== ']') return FAILURE;
      const addr = parseIPv6(input.slice(1, -1));
      return addr === FAILURE ? FAILURE : `[${serializeIPv6(addr)}]`;
    }
    if (isOpaque) {
      for (let i = 0; i < input.length; i++) {
        if (isForbiddenHostCodePoint(input.charCodeAt(i))) return FAILURE;
      }
      return percentEncodeString(input, inC0ControlSet);
    }
    const domain = utf8Decode(percentDecodeToBytes(input));
    const asciiDomain = domainToASCIIInternal(domain);
    if (asciiDomain === FAILURE) return FAILURE;
    if (endsInANumber(asciiDomain)) {
      const ipv4 = parseIPv4(asciiDomain);
      return ipv4 === FAILURE ? FAILURE : serializeIPv4(ipv4);
    }
    return asciiDomain;
  }

  // ---------------------------------------------------------------- the URL record and basic URL parser

  const specialSchemes = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };
  const isSpecialScheme = (s) => s in specialSchemes;
  const defaultPort = (s) => (s in specialSchemes ? specialSchemes[s] : null);

  function newRecord() {
    // `glued`: the first path segment is not preceded by '/' (a relative URL resolved against an opaque base).
    return {
      scheme: '', username: '', password: '', host: null, port: null, path: [], glued: false, query: null,
      fragment: null,
    };
  }
  function cloneRecord(r) {
    const c = Object.assign({}, r);
    c.path = Array.isArray(r.path) ? r.path.slice() : r.path;
    return c;
  }
  const isSpecial = (url) => isSpecialScheme(url.scheme);
  const hasOpaquePath = (url) => typeof url.path === 'string';
  const includesCredentials = (url) => url.username !== '' || url.password !== '';
  const cannotHaveUsernamePasswordPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

  const isAsciiAlpha = (c) => c !== undefined && ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A));
  const isAsciiDigit = (c) => c !== undefined && c >= 0x30 && c <= 0x39;
  const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isAsciiDigit(c);

  function isWindowsDriveLetter(s) {
    return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && (s[1] === ':' || s[1] === '|');
  }
  function startsWithWindowsDriveLetter(cps, pointer) {
    if (cps.length - pointer < 2) return false;
    if (!isAsciiAlpha(cps[pointer]) || (cps[pointer + 1] !== 0x3A && cps[pointer + 1] !== 0x7C)) return false;
    if (cps.length - pointer === 2) return true;
    const c = cps[pointer + 2];
    return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
  }
  // ada (Node 20) treats any segment of 2+ code points starting with an ASCII letter and ':' as a normalized drive
  // letter here (so 'file:///C:x/..' keeps 'C:x').
  function isLooseNormalizedWindowsDriveLetter(s) {
    return s.length >= 2 && isAsciiAlpha(s.charCodeAt(0)) && s[1] === ':';
  }
  // Returns whether a segment was removed (ada only re-adds the trailing '' for '..' of a non-special URL then).
  function shortenPath(url) {
    const path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isLooseNormalizedWindowsDriveLetter(path[0])) return false;
    // A path inherited from an opaque base (ada quirk, see NO_SCHEME) keeps its first, slash-less part.
    if (url.glued && path.length === 1) return false;
    if (path.length === 0) return false;
    path.pop();
    return true;
  }
  function isSingleDot(s) {
    return s === '.' || s.toLowerCase() === '%2e';
  }
  function isDoubleDot(s) {
    switch (s.toLowerCase()) {
      case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
      default: return false;
    }
  }

  const SCHEME_START = 1;
  const SCHEME = 2;
  const NO_SCHEME = 3;
  const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
  const PATH_OR_AUTHORITY = 5;
  const RELATIVE = 6;
  const RELATIVE_SLASH = 7;
  const SPECIAL_AUTHORITY_SLASHES = 8;
  const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
  const AUTHORITY = 10;
  const HOST = 11;
  const HOSTNAME = 12;
  const PORT = 13;
  const FILE = 14;
  const FILE_SLASH = 15;
  const FILE_HOST = 16;
  const PATH_START = 17;
  const PATH = 18;
  const OPAQUE_PATH = 19;
  const QUERY = 20;
  const FRAGMENT = 21;

  // https://url.spec.whatwg.org/#concept-basic-url-parser. Without stateOverride returns a new record or FAILURE;
  // with one, mutates `url` and returns FAILURE or undefined.
  function basicParse(input, base, url, stateOverride) {
    if (!url) {
      url = newRecord();
      let start = 0;
      let end = input.length;
      while (start < end && input.charCodeAt(start) <= 0x20) start++;
      while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
      input = input.slice(start, end);
    }
    input = input.replace(/[\t\n\r]/g, '');
    const cps = Array.from(input, (ch) => ch.codePointAt(0));
    const len = cps.length;
    const inputHasFragment = cps.includes(0x23);
    let state = stateOverride || SCHEME_START;
    let buffer = '';
    let bufferCps = 0; // code point length of buffer (authority state)
    let atSignSeen = false;
    let insideBrackets = false;
    let passwordTokenSeen = false;
    let pointer = 0;
    const remainingStartsWith = (ch) => cps[pointer + 1] === ch;

    for (;;) {
      const c = cps[pointer]; // undefined is EOF
      switch (state) {
        case SCHEME_START:
          if (isAsciiAlpha(c)) {
            buffer += String.fromCharCode(c).toLowerCase();
            state = SCHEME;
          } else if (!stateOverride) {
            state = NO_SCHEME;
            pointer--;
          } else {
            return FAILURE;
          }
          break;

        case SCHEME:
          if (isAsciiAlphanumeric(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
            buffer += String.fromCharCode(c).toLowerCase();
          } else if (c === 0x3A) {
            if (stateOverride) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return;
              if (url.scheme === 'file' && url.host === '') return;
            }
            url.scheme = buffer;
            if (stateOverride) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = FILE;
            } else if (isSpecial(url) && base && base.scheme === url.scheme) {
              state = SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (isSpecial(url)) {
              state = SPECIAL_AUTHORITY_SLASHES;
            } else if (remainingStartsWith(0x2F)) {
              state = PATH_OR_AUTHORITY;
              pointer++;
            } else {
              url.path = '';
              state = OPAQUE_PATH;
            }
          } else if (!stateOverride) {
            buffer = '';
            state = NO_SCHEME;
            pointer = -1;
          } else {
            return FAILURE;
          }
          break;

        case NO_SCHEME:
          // ada (Node 20) only rejects a relative input against an opaque-path base when the input has no '#' at
          // all; otherwise it resolves it like a path-relative reference (e.g. ('x#y', 'sc:a') -> 'sc:a/x#y').
          if (!base || (hasOpaquePath(base) && !inputHasFragment)) {
            return FAILURE;
          } else if (hasOpaquePath(base) && c === 0x23) {
            url.scheme = base.scheme;
            url.path = base.path;
            url.query = base.query;
            url.fragment = '';
            state = FRAGMENT;
          } else if (base.scheme !== 'file') {
            state = RELATIVE;
            pointer--;
          } else {
            state = FILE;
            pointer--;
          }
          break;

        case SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === 0x2F && remainingStartsWith(0x2F)) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer++;
          } else {
            state = RELATIVE;
            pointer--;
          }
          break;

        case PATH_OR_AUTHORITY:
          if (c === 0x2F) {
            state = AUTHORITY;
          } else {
            state = PATH;
            pointer--;
          }
          break;

        case RELATIVE:
          url.scheme = base.scheme;
          if (c === 0x2F) {
            state = RELATIVE_SLASH;
          } else if (isSpecial(url) && c === 0x5C) {
            state = RELATIVE_SLASH;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            if (hasOpaquePath(base)) {
              url.path = base.path.split('/');
              url.glued = true;
            } else {
              url.path = base.path.slice();
              url.glued = base.glued;
            }
            url.query = base.query;
            if (c === 0x3F) {
              url.query = '';
              state = QUERY;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            } else if (c !== undefined) {
              url.query = null;
              shortenPath(url);
              state = PATH;
              pointer--;
            }
          }
          break;

        case RELATIVE_SLASH:
          if (isSpecial(url) && (c === 0x2F || c === 0x5C)) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          } else if (c === 0x2F) {
            state = AUTHORITY;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = PATH;
            pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_SLASHES:
          if (c === 0x2F && remainingStartsWith(0x2F)) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer++;
          } else {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== 0x2F && c !== 0x5C) {
            state = AUTHORITY;
            pointer--;
          }
          break;

        case AUTHORITY:
          if (c === 0x40) {
            if (atSignSeen) {
              buffer = `%40${buffer}`;
              bufferCps += 3;
            }
            atSignSeen = true;
            for (const ch of buffer) {
              const cp = ch.codePointAt(0);
              if (cp === 0x3A && !passwordTokenSeen) {
                passwordTokenSeen = true;
                continue;
              }
              const encoded = percentEncodeCodePoint(cp, inUserinfoSet);
              if (passwordTokenSeen) url.password += encoded;
              else url.username += encoded;
            }
            buffer = '';
            bufferCps = 0;
          } else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C)) {
            if (atSignSeen && buffer === '') return FAILURE;
            pointer -= bufferCps + 1;
            buffer = '';
            bufferCps = 0;
            state = HOST;
          } else {
            buffer += String.fromCodePoint(c);
            bufferCps++;
          }
          break;

        case HOST:
        case HOSTNAME:
          if (stateOverride && url.scheme === 'file') {
            pointer--;
            state = FILE_HOST;
          } else if (c === 0x3A && !insideBrackets) {
            if (buffer === '') return FAILURE;
            if (stateOverride === HOSTNAME) return FAILURE;
            const host = parseHost(buffer, !isSpecial(url));
            if (host === FAILURE) return FAILURE;
            url.host = host;
            buffer = '';
            state = PORT;
          } else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C)) {
            pointer--;
            if (isSpecial(url) && buffer === '') return FAILURE;
            if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
            const host = parseHost(buffer, !isSpecial(url));
            if (host === FAILURE) return FAILURE;
            url.host = host;
            buffer = '';
            state = PATH_START;
            if (stateOverride) return;
          } else {
            if (c === 0x5B) insideBrackets = true;
            if (c === 0x5D) insideBrackets = false;
            buffer += String.fromCodePoint(c);
          }
          break;

        case PORT:
          if (isAsciiDigit(c)) {
            buffer += String.fromCharCode(c);
          } else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (isSpecial(url) && c === 0x5C) ||
                     stateOverride) {
            if (buffer !== '') {
              let port = 0;
              for (let i = 0; i < buffer.length; i++) {
                port = port * 10 + (buffer.charCodeAt(i) - 0x30);
                if (port > 65535) return FAILURE;
              }
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
            }
            if (stateOverride) return;
            state = PATH_START;
            pointer--;
          } else {
            return FAILURE;
          }
          break;

        case FILE:
          url.scheme = 'file';
          url.host = '';
          if (c === 0x2F || c === 0x5C) {
            state = FILE_SLASH;
          } else if (base && base.scheme === 'file') {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === 0x3F) {
              url.query = '';
              state = QUERY;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            } else if (c !== undefined) {
              url.query = null;
              if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
              else url.path = [];
              state = PATH;
              pointer--;
            }
          } else {
            state = PATH;
            pointer--;
          }
          break;

        case FILE_SLASH:
          if (c === 0x2F || c === 0x5C) {
            state = FILE_HOST;
          } else {
            if (base && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                  isLooseNormalizedWindowsDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            state = PATH;
            pointer--;
          }
          break;

        case FILE_HOST:
          if (c === undefined || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
            pointer--;
            if (!stateOverride && isWindowsDriveLetter(buffer)) {
              state = PATH;
            } else if (buffer === '') {
              url.host = '';
              if (stateOverride) return;
              state = PATH_START;
            } else {
              let host = parseHost(buffer, !isSpecial(url));
              if (host === FAILURE) return FAILURE;
              if (host === 'localhost') host = '';
              url.host = host;
              if (stateOverride) return;
              buffer = '';
              state = PATH_START;
            }
          } else {
            buffer += String.fromCodePoint(c);
          }
          break;

        case PATH_START:
          if (isSpecial(url)) {
            state = PATH;
            if (c !== 0x2F && c !== 0x5C) pointer--;
          } else if (!stateOverride && c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (!stateOverride && c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            state = PATH;
            if (c !== 0x2F) pointer--;
          } else if (stateOverride && url.host === null) {
            url.path.push('');
          }
          break;

        case PATH: {
          const slashLike = c === 0x2F || (isSpecial(url) && c === 0x5C);
          if (c === undefined || slashLike || (!stateOverride && (c === 0x3F || c === 0x23))) {
            if (isDoubleDot(buffer)) {
              const removed = shortenPath(url);
              if (!slashLike && (removed || isSpecial(url))) url.path.push('');
            } else if (isSingleDot(buffer) && !slashLike) {
              url.path.push('');
            } else if (!isSingleDot(buffer)) {
              if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
                buffer = `${buffer[0]}:`;
              }
              url.path.push(buffer);
            }
            buffer = '';
            if (c === 0x3F) {
              url.query = '';
              state = QUERY;
            }
            if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            }
          } else {
            buffer += percentEncodeCodePoint(c, inPathSet);
          }
          break;
        }

        case OPAQUE_PATH:
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.path += percentEncodeCodePoint(c, inC0ControlSet);
          }
          break;

        case QUERY:
          if ((!stateOverride && c === 0x23) || c === undefined) {
            url.query += percentEncodeString(buffer, isSpecial(url) ? inSpecialQuerySet : inQuerySet);
            buffer = '';
            if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            }
          } else {
            buffer += String.fromCodePoint(c);
          }
          break;

        case FRAGMENT:
          if (c !== undefined) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
          break;

        default:
          throw new Error('unreachable URL parser state');
      }
      if (pointer >= len) break;
      pointer++;
    }
    return stateOverride ? undefined : url;
  }

  function serializePath(url) {
    if (hasOpaquePath(url)) return url.path;
    let out = '';
    for (const segment of url.path) out += `/${segment}`;
    return url.glued ? out.slice(1) : out;
  }

  function serializeURL(url, excludeFragment) {
    let output = `${url.scheme}:`;
    if (url.host !== null) {
      output += '//';
      if (includesCredentials(url)) {
        output += url.username;
        if (url.password !== '') output += `:${url.password}`;
        output += '@';
      }
      output += url.host;
      if (url.port !== null) output += `:${url.port}`;
    }
    const path = serializePath(url);
    if (url.host === null && !hasOpaquePath(url) && path.startsWith('//')) output += '/.';
    output += path;
    if (url.query !== null) output += `?${url.query}`;
    if (!excludeFragment && url.fragment !== null) output += `#${url.fragment}`;
    return output;
  }

  function parseURL(input, base) {
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSVString(base), null);
      if (baseRecord === FAILURE) return FAILURE;
    }
    return basicParse(toUSVString(input), baseRecord);
  }

  // The setters of the URL Standard's API, on a record (what ada's url_aggregator::set_* do for Node).
  function stripTrailingSpacesFromOpaquePath(url) {
    if (!hasOpaquePath(url)) return;
    if (url.fragment !== null) return;
    if (url.query !== null) return;
    url.path = url.path.replace(/ +$/, '');
  }
  // ada's url_aggregator::set_host / set_hostname, which Node 20 uses: for non-file URLs the port after ':' is
  // applied first (and only if the URL already has a non-empty host), and an empty host on a non-special URL
  // clears the host instead of failing. file: URLs follow the spec's file host state.
  function setHostOrHostname(url, value, hostnameOnly) {
    if (hasOpaquePath(url)) return url;
    if (url.scheme === 'file') {
      basicParse(value, null, url, hostnameOnly ? HOSTNAME : HOST);
      return url;
    }
    let input = value;
    const hash = input.indexOf('#');
    if (hash !== -1) input = input.slice(0, hash);
    input = input.replace(/[\t\n\r]/g, '');
    const special = isSpecial(url);
    let loc = input.length;
    let foundColon = false;
    let insideBrackets = false;
    for (let i = 0; i < input.length; i++) {
      const ch = input[i];
      if (ch === ':' && !insideBrackets) {
        loc = i;
        foundColon = true;
        break;
      }
      if (ch === '/' || ch === '?' || (special && ch === '\\')) {
        loc = i;
        break;
      }
      if (ch === '[') insideBrackets = true;
      else if (ch === ']') insideBrackets = false;
    }
    const hostView = input.slice(0, loc);
    const previousHost = url.host;
    const previousPort = url.port;
    if (foundColon) {
      if (hostnameOnly) return url;
      const portBuffer = input.slice(loc + 1);
      if (portBuffer !== '') setters.port(url, portBuffer);
    } else if (hostView === '' && !special && (includesCredentials(url) || url.port !== null)) {
      return url;
    }
    if (hostView === '' && !special) {
      if (url.host !== null && url.host !== '') url.host = '';
      else if (url.host === null && serializePath(url).startsWith('//')) url.host = '';
      return url;
    }
    const host = hostView === '' ? FAILURE : parseHost(hostView, !special);
    if (host === FAILURE) {
      url.host = previousHost;
      url.port = previousPort;
      return url;
    }
    url.host = host;
    return url;
  }

  const setters = {
    href(url, value) {
      const parsed = basicParse(toUSVString(value), null);
      return parsed === FAILURE ? FAILURE : parsed;
    },
    protocol(url, value) {
      basicParse(`${value}:`, null, url, SCHEME_START);
      return url;
    },
    username(url, value) {
      if (cannotHaveUsernamePasswordPort(url)) return url;
      url.username = percentEncodeString(toUSVString(value), inUserinfoSet);
      return url;
    },
    password(url, value) {
      if (cannotHaveUsernamePasswordPort(url)) return url;
      url.password = percentEncodeString(toUSVString(value), inUserinfoSet);
      return url;
    },
    host(url, value) {
      return setHostOrHostname(url, toUSVString(value), false);
    },
    hostname(url, value) {
      return setHostOrHostname(url, toUSVString(value), true);
    },
    // ada's url_aggregator::set_port (Node 20), which differs from the spec's port state: input starting with a
    // control/space or '-', or without any ASCII digit, is ignored; input not starting with a digit clears the port.
    port(url, value) {
      if (cannotHaveUsernamePasswordPort(url)) return url;
      const trimmed = value.replace(/[\t\n\r]/g, '');
      if (trimmed === '') {
        url.port = null;
        return url;
      }
      if (trimmed.charCodeAt(0) <= 0x20 || trimmed[0] === '-' || !/[0-9]/.test(value)) return url;
      const digits = /^[0-9]+/.exec(trimmed);
      if (digits === null) {
        url.port = null;
        return url;
      }
      let port = 0;
      for (let i = 0; i < digits[0].length; i++) {
        port = port * 10 + (digits[0].charCodeAt(i) - 0x30);
        if (port > 65535) return url;
      }
      url.port = port === defaultPort(url.scheme) ? null : port;
      return url;
    },
    pathname(url, value) {
      if (hasOpaquePath(url)) return url;
      url.path = [];
      url.glued = false;
      basicParse(toUSVString(value), null, url, PATH_START);
      return url;
    },
    search(url, value) {
      value = toUSVString(value);
      if (value === '') {
        url.query = null;
        stripTrailingSpacesFromOpaquePath(url);
        return url;
      }
      const input = value[0] === '?' ? value.slice(1) : value;
      url.query = '';
      basicParse(input, null, url, QUERY);
      return url;
    },
    hash(url, value) {
      value = toUSVString(value);
      if (value === '') {
        url.fragment = null;
        stripTrailingSpacesFromOpaquePath(url);
        return url;
      }
      const input = value[0] === '#' ? value.slice(1) : value;
      url.fragment = '';
      basicParse(input, null, url, FRAGMENT);
      return url;
    },
  };

  // ---------------------------------------------------------------- application/x-www-form-urlencoded

  const isHexTable = new Int8Array(256);
  for (let i = 0; i < 256; i++) isHexTable[i] = isHex(i) ? 1 : 0;

  // Node's querystring.unescape: decodeURIComponent, falling back to a byte-wise decoder that keeps bad escapes.
  function qsUnescape(s) {
    try {
      return decodeURIComponent(s);
    } catch (e) {
      const out = new Uint8Array(s.length);
      let index = 0;
      let outIndex = 0;
      const maxLength = s.length - 2;
      while (index < s.length) {
        let currentChar = s.charCodeAt(index);
        if (currentChar === 37 && index < maxLength) {
          currentChar = s.charCodeAt(++index);
          const hexHigh = currentChar < 256 && isHexTable[currentChar] ? hexVal(currentChar) : -1;
          if (!(hexHigh >= 0)) {
            out[outIndex++] = 37;
            continue;
          } else {
            const nextChar = s.charCodeAt(++index);
            const hexLow = nextChar < 256 && isHexTable[nextChar] ? hexVal(nextChar) : -1;
            if (!(hexLow >= 0)) {
              out[outIndex++] = 37;
              index--;
            } else {
              currentChar = hexHigh * 16 + hexLow;
            }
          }
        }
        out[outIndex++] = currentChar;
        index++;
      }
      return utf8Decode(out.subarray(0, outIndex));
    }
  }

  // https://url.spec.whatwg.org/#concept-urlencoded-parser (Node's parseParams)
  function parseParams(qs) {
    const out = [];
    let seenSep = false;
    let buf = '';
    let encoded = false;
    let encodeCheck = 0;
    let i = qs[0] === '?' ? 1 : 0;
    let pairStart = i;
    let lastPos = i;
    for (; i < qs.length; ++i) {
      const code = qs.charCodeAt(i);
      if (code === 38 /* & */) {
        if (pairStart === i) {
          lastPos = pairStart = i + 1;
          continue;
        }
        if (lastPos < i) buf += qs.slice(lastPos, i);
        if (encoded) buf = qsUnescape(buf);
        out.push(buf);
        if (!seenSep) out.push('');
        seenSep = false;
        buf = '';
        encoded = false;
        encodeCheck = 0;
        lastPos = pairStart = i + 1;
        continue;
      }
      if (!seenSep && code === 61 /* = */) {
        if (lastPos < i) buf += qs.slice(lastPos, i);
        if (encoded) buf = qsUnescape(buf);
        out.push(buf);
        seenSep = true;
        buf = '';
        encoded = false;
        encodeCheck = 0;
        lastPos = i + 1;
        continue;
      }
      if (code === 43 /* + */) {
        if (lastPos < i) buf += qs.slice(lastPos, i);
        buf += ' ';
        lastPos = i + 1;
      } else if (!encoded) {
        if (code === 37 /* % */) {
          encodeCheck = 1;
        } else if (encodeCheck > 0) {
          if (code < 256 && isHexTable[code] === 1) {
            if (++encodeCheck === 3) encoded = true;
          } else {
            encodeCheck = 0;
          }
        }
      }
    }
    if (pairStart === i) return out;
    if (lastPos < i) buf += qs.slice(lastPos, i);
    if (encoded) buf = qsUnescape(buf);
    out.push(buf);
    if (!seenSep) out.push('');
    return out;
  }

  function encodeStr(str, noEscapeTable, table) {
    const len = str.length;
    if (len === 0) return '';
    let out = '';
    let lastPos = 0;
    let i = 0;
    outer:
    for (; i < len; i++) {
      let c = str.charCodeAt(i);
      while (c < 0x80) {
        if (noEscapeTable[c] !== 1) {
          if (lastPos < i) out += str.slice(lastPos, i);
          lastPos = i + 1;
          out += table[c];
        }
        if (++i === len) break outer;
        c = str.charCodeAt(i);
      }
      if (lastPos < i) out += str.slice(lastPos, i);
      if (c < 0x800) {
        lastPos = i + 1;
        out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
        continue;
      }
      if (c < 0xD800 || c >= 0xE000) {
        lastPos = i + 1;
        out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
        continue;
      }
      ++i;
      if (i >= len) throw ERR_INVALID_URI();
      const c2 = str.charCodeAt(i) & 0x3FF;
      lastPos = i + 1;
      c = 0x10000 + (((c & 0x3FF) << 10) | c2);
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] + table[0x80 | ((c >> 6) & 0x3F)] +
        table[0x80 | (c & 0x3F)];
    }
    if (lastPos === 0) return str;
    if (lastPos < len) return out + str.slice(lastPos);
    return out;
  }

  const noEscape = new Int8Array([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00 - 0x0F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10 - 0x1F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, // 0x20 - 0x2F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0x30 - 0x3F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x40 - 0x4F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // 0x50 - 0x5F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x60 - 0x6F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // 0x70 - 0x7F
  ]);
  const paramHexTable = hexTable.slice();
  paramHexTable[0x20] = '+';

  function serializeParams(array) {
    const len = array.length;
    if (len === 0) return '';
    let output = `${encodeStr(array[0], noEscape, paramHexTable)}=${encodeStr(array[1], noEscape, paramHexTable)}`;
    for (let i = 2; i < len; i += 2) {
      output += `&${encodeStr(array[i], noEscape, paramHexTable)}=${encodeStr(array[i + 1], noEscape, paramHexTable)}`;
    }
    return output;
  }

  function merge(out, start, mid, end, lBuffer, rBuffer) {
    const sizeLeft = mid - start;
    const sizeRight = end - mid;
    let l;
    let r;
    let o;
    for (l = 0; l < sizeLeft; l++) lBuffer[l] = out[start + l];
    for (r = 0; r < sizeRight; r++) rBuffer[r] = out[mid + r];
    l = 0;
    r = 0;
    o = start;
    while (l < sizeLeft && r < sizeRight) {
      if (lBuffer[l] <= rBuffer[r]) {
        out[o++] = lBuffer[l++];
        out[o++] = lBuffer[l++];
      } else {
        out[o++] = rBuffer[r++];
        out[o++] = rBuffer[r++];
      }
    }
    while (l < sizeLeft) out[o++] = lBuffer[l++];
    while (r < sizeRight) out[o++] = rBuffer[r++];
  }

  const colorRegExp = /\u001b\[\d\d?m/g;
  const removeColors = (str) => String(str).replace(colorRegExp, '');

  // ---------------------------------------------------------------- URLSearchParams

  let setURLSearchParamsModified;
  let setURLSearchParamsContext;
  let getURLSearchParamsList;
  let setURLSearchParams;
  let isURLSearchParams;
  let isURLSearchParamsIterator;

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

  class URLSearchParamsIterator {
    #target;
    #kind;
    #index;

    static {
      isURLSearchParamsIterator = (obj) => typeof obj === 'object' && obj !== null && #target in obj;
    }

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
      this.#index = 0;
    }

    next() {
      if (!isURLSearchParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      const index = this.#index;
      const values = getURLSearchParamsList(this.#target);
      const len = values.length;
      if (index >= len) return { value: undefined, done: true };
      const name = values[index];
      const value = values[index + 1];
      this.#index = index + 2;
      let result;
      if (this.#kind === 'key') result = name;
      else if (this.#kind === 'value') result = value;
      else result = [name, value];
      return { value: result, done: false };
    }

    [customInspectSymbol](recurseTimes, ctx, inspectFn) {
      if (!isURLSearchParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      const inspect = typeof inspectFn === 'function' ? inspectFn : getInspect();
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = Object.assign({}, ctx);
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const index = this.#index;
      const values = getURLSearchParamsList(this.#target);
      const output = values.slice(index).reduce((prev, cur, i) => {
        const key = i % 2 === 0;
        if (this.#kind === 'key' && key) prev.push(cur);
        else if (this.#kind === 'value' && !key) prev.push(cur);
        else if (this.#kind === 'key+value' && !key) prev.push([values[index + i - 1], cur]);
        return prev;
      }, []);
      const breakLn = inspect(output, innerOpts).includes('\n');
      const outputStrs = output.map((p) => inspect(p, innerOpts));
      let outputStr;
      if (breakLn) outputStr = `\n  ${outputStrs.join(',\n  ')}`;
      else outputStr = ` ${outputStrs.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${outputStr} }`;
    }
  }
  delete URLSearchParamsIterator.prototype.constructor;
  Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
  Object.defineProperties(URLSearchParamsIterator.prototype, {
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
    next: { enumerable: true },
  });

  // Where node's URLSearchParams methods start in lib/internal/url.js: each throws ERR_INVALID_THIS 2 lines on,
  // ERR_MISSING_ARGS 5 lines on (column 13).
  const SEARCH_PARAMS_LINES = { append: 463, delete: 480, get: 515, getAll: 533, has: 552, set: 578, sort: 620,
    entries: 672, forEach: 679, keys: 699, values: 706, toString: 715 };
  function searchParamsError(err, self, method) {
    const line = SEARCH_PARAMS_LINES[method] + (err.code === 'ERR_INVALID_THIS' ? 2 : 5);
    const args = err.code === 'ERR_INVALID_THIS' ? "'URLSearchParams'" : err.message.includes('"value"') ? "'name', 'value'" : "'name'";
    return at(err, arrowAt(line, `      throw new ${err.code}(${args});`), `${calledOn(self, method)} (node:internal/url:${line}:13)`);
  }
  // node's ERR_INVALID_TUPLE in the URLSearchParams constructor, thrown at `line` (indent `pad`).
  const tupleError = (line, pad) => at(ERR_INVALID_TUPLE('Each query pair', '[name, value]'),
    arrowAt(line, `${' '.repeat(pad)}throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');`),
    `new URLSearchParams (node:internal/url:${line}:${pad + 7})`);

  class URLSearchParams {
    #searchParams = [];
    #context;

    static {
      isURLSearchParams = (obj) => typeof obj === 'object' && obj !== null && #searchParams in obj;
      setURLSearchParamsContext = (obj, ctx) => {
        obj.#context = ctx;
      };
      getURLSearchParamsList = (obj) => obj.#searchParams;
      setURLSearchParams = (obj, query) => {
        if (query === undefined) obj.#searchParams = [];
        else obj.#searchParams = parseParams(query);
      };
    }

    constructor(init = undefined) {
      if (init == null) {
        // Do nothing
      } else if (typeof init === 'object' || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
          this.#searchParams = init.#searchParams.slice();
        } else if (method != null) {
          if (typeof method !== 'function') {
            throw at(ERR_ARG_NOT_ITERABLE('Query pairs'), arrowAt(343, "          throw new ERR_ARG_NOT_ITERABLE('Query pairs');"),
              'new URLSearchParams (node:internal/url:343:17)');
          }
          for (const pair of init) {
            if (pair == null) {
              throw tupleError(358, 12);
            } else if (Array.isArray(pair)) {
              if (pair.length !== 2) throw tupleError(362, 14);
              this.#searchParams.push(toUSVString(`${pair[0]}`), toUSVString(`${pair[1]}`));
            } else {
              if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                  typeof pair[Symbol.iterator] !== 'function') {
                throw tupleError(373, 14);
              }
              let length = 0;
              for (const element of pair) {
                length++;
                this.#searchParams.push(toUSVString(`${element}`));
              }
              if (length !== 2) throw tupleError(385, 14);
            }
          }
        } else {
          const visited = new Map();
          const keys = Reflect.ownKeys(init);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const desc = Reflect.getOwnPropertyDescriptor(init, key);
            if (desc !== undefined && desc.enumerable) {
              const typedKey = toUSVString(key);
              const typedValue = toUSVString(`${init[key]}`);
              const keyIdx = visited.get(typedKey);
              if (keyIdx !== undefined) {
                this.#searchParams[keyIdx] = typedValue;
              } else {
                visited.set(typedKey, this.#searchParams.push(typedKey, typedValue) - 1);
              }
            }
          }
        }
      } else {
        init = toUSVString(`${init}`);
        this.#searchParams = init ? parseParams(init) : [];
      }
    }

    [customInspectSymbol](recurseTimes, ctx, inspectFn) {
      if (!isURLSearchParams(this)) throw ERR_INVALID_THIS('URLSearchParams');
      const inspect = typeof inspectFn === 'function' ? inspectFn : getInspect();
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const separator = ', ';
      const innerOpts = Object.assign({}, ctx);
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const innerInspect = (v) => inspect(v, innerOpts);
      const list = this.#searchParams;
      const output = [];
      for (let i = 0; i < list.length; i += 2) output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
      const length = output.reduce((prev, cur) => prev + removeColors(cur).length + separator.length,
        -separator.length);
      if (length > ctx.breakLength) {
        return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
      } else if (output.length) {
        return `${this.constructor.name} { ${output.join(separator)} }`;
      }
      return `${this.constructor.name} {}`;
    }

    get size() {
      if (!isURLSearchParams(this)) throw ERR_INVALID_THIS('URLSearchParams');
      return this.#searchParams.length / 2;
    }

    append(name, value) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'append');
      if (arguments.length < 2) throw searchParamsError(ERR_MISSING_ARGS('name', 'value'), this, 'append');
      name = toUSVString(`${name}`);
      value = toUSVString(`${value}`);
      this.#searchParams.push(name, value);
      if (this.#context) setURLSearchParamsModified(this.#context);
    }

    delete(name, value = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'delete');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'delete');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      if (value !== undefined) {
        value = toUSVString(`${value}`);
        for (let i = 0; i < list.length;) {
          if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
          else i += 2;
        }
      } else {
        for (let i = 0; i < list.length;) {
          if (list[i] === name) list.splice(i, 2);
          else i += 2;
        }
      }
      if (this.#context) setURLSearchParamsModified(this.#context);
    }

    get(name) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'get');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'get');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) return list[i + 1];
      }
      return null;
    }

    getAll(name) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'getAll');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'getAll');
      const list = this.#searchParams;
      const values = [];
      name = toUSVString(`${name}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) values.push(list[i + 1]);
      }
      return values;
    }

    has(name, value = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'has');
      if (arguments.length < 1) throw searchParamsError(ERR_MISSING_ARGS('name'), this, 'has');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      if (value !== undefined) value = toUSVString(`${value}`);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
      }
      return false;
    }

    set(name, value) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'set');
      if (arguments.length < 2) throw searchParamsError(ERR_MISSING_ARGS('name', 'value'), this, 'set');
      const list = this.#searchParams;
      name = toUSVString(`${name}`);
      value = toUSVString(`${value}`);
      let found = false;
      for (let i = 0; i < list.length;) {
        if (list[i] === name) {
          if (!found) {
            list[i + 1] = value;
            found = true;
            i += 2;
          } else {
            list.splice(i, 2);
          }
        } else {
          i += 2;
        }
      }
      if (!found) list.push(name, value);
      if (this.#context) setURLSearchParamsModified(this.#context);
    }

    sort() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'sort');
      const a = this.#searchParams;
      const len = a.length;
      if (len <= 2) {
        // Nothing needs to be done.
      } else if (len < 100) {
        for (let i = 2; i < len; i += 2) {
          const curKey = a[i];
          const curVal = a[i + 1];
          let j;
          for (j = i - 2; j >= 0; j -= 2) {
            if (a[j] > curKey) {
              a[j + 2] = a[j];
              a[j + 3] = a[j + 1];
            } else {
              break;
            }
          }
          a[j + 2] = curKey;
          a[j + 3] = curVal;
        }
      } else {
        const lBuffer = new Array(len);
        const rBuffer = new Array(len);
        for (let step = 2; step < len; step *= 2) {
          for (let start = 0; start < len - 2; start += 2 * step) {
            const mid = start + step;
            let end = mid + step;
            end = end < len ? end : len;
            if (mid > end) continue;
            merge(a, start, mid, end, lBuffer, rBuffer);
          }
        }
      }
      if (this.#context) setURLSearchParamsModified(this.#context);
    }

    entries() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'entries');
      return new URLSearchParamsIterator(this, 'key+value');
    }

    forEach(callback, thisArg = undefined) {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'forEach');
      if (typeof callback !== 'function') {
        throw at(ERR_INVALID_ARG_TYPE('callback', 'function', callback), undefined, `${calledOn(this, 'forEach')} (node:internal/url:683:5)`);
      }
      let list = this.#searchParams;
      let i = 0;
      while (i < list.length) {
        const key = list[i];
        const value = list[i + 1];
        callback.call(thisArg, value, key, this);
        list = this.#searchParams;
        i += 2;
      }
    }

    keys() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'keys');
      return new URLSearchParamsIterator(this, 'key');
    }

    values() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'values');
      return new URLSearchParamsIterator(this, 'value');
    }

    toString() {
      if (!isURLSearchParams(this)) throw searchParamsError(ERR_INVALID_THIS('URLSearchParams'), this, 'toString');
      return serializeParams(this.#searchParams);
    }
  }

  const kEnumerableProperty = { enumerable: true };
  Object.defineProperties(URLSearchParams.prototype, {
    append: kEnumerableProperty,
    delete: kEnumerableProperty,
    get: kEnumerableProperty,
    getAll: kEnumerableProperty,
    has: kEnumerableProperty,
    set: kEnumerableProperty,
    size: kEnumerableProperty,
    sort: kEnumerableProperty,
    entries: kEnumerableProperty,
    forEach: kEnumerableProperty,
    keys: kEnumerableProperty,
    values: kEnumerableProperty,
    toString: kEnumerableProperty,
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
    [Symbol.iterator]: { configurable: true, writable: true, value: URLSearchParams.prototype.entries },
  });

  // ---------------------------------------------------------------- URL

  function isURL(self) {
    return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
  }

  const kParseURLSymbol = Symbol('kParseURL');
  const contextForInspect = Symbol('context');

  // The shape of Node's URLContext (ada's url_aggregator offsets), built only for util.inspect with showHidden.
  const kOmitted = 4294967295;
  const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };
  class URLContext {
    href = '';
    protocol_end = 0;
    username_end = 0;
    host_start = 0;
    host_end = 0;
    pathname_start = 0;
    search_start = 0;
    hash_start = 0;
    port = 0;
    scheme_type = 1;

    get hasPort() {
      return this.port !== kOmitted;
    }

    get hasSearch() {
      return this.search_start !== kOmitted;
    }

    get hasHash() {
      return this.hash_start !== kOmitted;
    }
  }
  function makeURLContext(url) {
    const ctx = new URLContext();
    const href = serializeURL(url);
    const path = serializePath(url);
    ctx.href = href;
    ctx.protocol_end = url.scheme.length + 1;
    if (url.host !== null) {
      ctx.username_end = ctx.protocol_end + 2 + url.username.length;
      const credentials = includesCredentials(url);
      ctx.host_start = ctx.username_end + (url.password !== '' ? 1 + url.password.length : 0);
      ctx.host_end = ctx.host_start + (credentials ? 1 : 0) + url.host.length;
      ctx.pathname_start = ctx.host_end + (url.port !== null ? 1 + String(url.port).length : 0);
    } else {
      ctx.username_end = ctx.host_start = ctx.host_end = ctx.protocol_end;
      ctx.pathname_start = ctx.protocol_end + (!hasOpaquePath(url) && path.startsWith('//') ? 2 : 0);
    }
    let end = ctx.pathname_start + path.length;
    ctx.search_start = kOmitted;
    if (url.query !== null) {
      ctx.search_start = end;
      end += 1 + url.query.length;
    }
    ctx.hash_start = url.fragment !== null ? end : kOmitted;
    ctx.port = url.port !== null ? url.port : kOmitted;
    ctx.scheme_type = url.scheme in schemeTypes ? schemeTypes[url.scheme] : 1;
    return ctx;
  }

  function getConstructorOf(obj) {
    while (obj) {
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
        return descriptor.value;
      }
      obj = Object.getPrototypeOf(obj);
    }
    return null;
  }

  class URL {
    #context = null; // the URL record
    #searchParams;
    #searchParamsModified;

    static {
      setURLSearchParamsModified = (obj) => {
        obj.#searchParamsModified = true;
        if (obj.#context.query !== null) {
          obj.#updateContext(setters.search(cloneRecord(obj.#context), ''));
        }
      };
    }

    constructor(input, base = undefined, parseSymbol = undefined) {
      if (arguments.length === 0) {
        throw at(ERR_MISSING_ARGS('url'), arrowAt(795, "      throw new ERR_MISSING_ARGS('url');"), 'new URL (node:internal/url:795:13)');
      }
      input = `${input}`;
      if (base !== undefined) base = `${base}`;
      const raiseException = parseSymbol !== kParseURLSymbol;
      const rec = parseURL(input, base);
      if (rec === FAILURE) {
        if (raiseException) {
          throw at(nativeInvalidUrl(toUSVString(input), base === undefined ? base : toUSVString(base)),
            arrowAt(806, '    const href = bindingUrl.parse(input, base, raiseException);', 29), 'new URL (node:internal/url:806:29)');
        }
        return;
      }
      this.#updateContext(rec);
    }

    static parse(input, base = undefined) {
      if (arguments.length === 0) {
        throw at(ERR_MISSING_ARGS('url'), arrowAt(814, "      throw new ERR_MISSING_ARGS('url');"), `${calledOn(this, 'parse')} (node:internal/url:814:13)`);
      }
      const parsedURLObject = new URL(input, base, kParseURLSymbol);
      return parsedURLObject.href ? parsedURLObject : null;
    }

    [customInspectSymbol](depth, opts, inspectFn) {
      if (typeof depth === 'number' && depth < 0) return this;
      const inspect = typeof inspectFn === 'function' ? inspectFn : getInspect();
      const constructor = getConstructorOf(this) || URL;
      const obj = { __proto__: { constructor } };
      obj.href = this.href;
      obj.origin = this.origin;
      obj.protocol = this.protocol;
      obj.username = this.username;
      obj.password = this.password;
      obj.host = this.host;
      obj.hostname = this.hostname;
      obj.port = this.port;
      obj.pathname = this.pathname;
      obj.search = this.search;
      obj.searchParams = this.searchParams;
      obj.hash = this.hash;
      if (opts.showHidden) obj[contextForInspect] = makeURLContext(this.#context);
      return `${constructor.name} ${inspect(obj, opts)}`;
    }

    #getSearchFromContext() {
      const q = this.#context.query;
      return q === null || q === '' ? '' : `?${q}`;
    }

    #getSearchFromParams() {
      if (!(this.#searchParams && this.#searchParams.size)) return '';
      return `?${this.#searchParams}`;
    }

    #ensureSearchParamsUpdated() {
      if (this.#searchParamsModified) {
        this.#searchParamsModified = false;
        this.#updateContext(setters.search(cloneRecord(this.#context), this.#getSearchFromParams()));
      }
    }

    #updateContext(rec, shouldUpdateSearchParams = false) {
      const previousSearch = shouldUpdateSearchParams && this.#searchParams &&
        (this.#searchParamsModified ? this.#getSearchFromParams() : this.#getSearchFromContext());
      this.#context = rec;
      if (this.#searchParams) {
        if (shouldUpdateSearchParams) {
          const currentSearch = this.#getSearchFromContext();
          if (previousSearch !== currentSearch) {
            setURLSearchParams(this.#searchParams, currentSearch);
            this.#searchParamsModified = false;
          }
        }
        this.#ensureSearchParamsUpdated();
      }
    }

    #update(name, value, shouldUpdateSearchParams = false) {
      const rec = setters[name](cloneRecord(this.#context), value);
      if (rec !== FAILURE) this.#updateContext(rec, shouldUpdateSearchParams);
      return rec;
    }

    toString() {
      this.#ensureSearchParamsUpdated();
      return serializeURL(this.#context);
    }

    get href() {
      if (this.#context === null) return undefined;
      this.#ensureSearchParamsUpdated();
      return serializeURL(this.#context);
    }

    set href(value) {
      value = `${value}`;
      if (this.#update('href', value, true) === FAILURE) {
        throw at(ERR_INVALID_URL(value), arrowAt(934, '    if (!href) { throw new ERR_INVALID_URL(value); }', 18),
          'set href [as href] (node:internal/url:934:24)');
      }
    }

    get origin() {
      const url = this.#context;
      const scheme = url.scheme;
      if (isSpecialScheme(scheme)) {
        if (scheme === 'file') return 'null';
        return `${scheme}://${this.host}`;
      }
      if (scheme === 'blob') {
        const path = this.pathname;
        if (path.length > 0) {
          try {
            const out = new URL(path);
            const s = out.#context.scheme;
            if (s === 'http' || s === 'https') return `${out.protocol}//${out.host}`;
          } catch (e) {
            // Do nothing.
          }
        }
      }
      return 'null';
    }

    get protocol() {
      return `${this.#context.scheme}:`;
    }

    set protocol(value) {
      this.#update('protocol', `${value}`);
    }

    get username() {
      return this.#context.username;
    }

    set username(value) {
      this.#update('username', `${value}`);
    }

    get password() {
      return this.#context.password;
    }

    set password(value) {
      this.#update('password', `${value}`);
    }

    get host() {
      const url = this.#context;
      // Node: an empty hostname gives an empty host even when there is a port ('sc://:80/').
      if (url.host === null || url.host === '') return '';
      if (url.port === null) return url.host;
      return `${url.host}:${url.port}`;
    }

    set host(value) {
      this.#update('host', `${value}`);
    }

    get hostname() {
      const url = this.#context;
      return url.host === null ? '' : url.host;
    }

    set hostname(value) {
      this.#update('hostname', `${value}`);
    }

    get port() {
      const url = this.#context;
      return url.port === null ? '' : `${url.port}`;
    }

    set port(value) {
      this.#update('port', `${value}`);
    }

    get pathname() {
      return serializePath(this.#context);
    }

    set pathname(value) {
      this.#update('pathname', `${value}`);
    }

    get search() {
      this.#ensureSearchParamsUpdated();
      return this.#getSearchFromContext();
    }

    set search(value) {
      this.#update('search', toUSVString(`${value}`), true);
    }

    get searchParams() {
      if (this.#searchParams == null) {
        this.#searchParams = new URLSearchParams(this.#getSearchFromContext());
        setURLSearchParamsContext(this.#searchParams, this);
        this.#searchParamsModified = false;
      }
      return this.#searchParams;
    }

    get hash() {
      const f = this.#context.fragment;
      return f === null || f === '' ? '' : `#${f}`;
    }

    set hash(value) {
      this.#update('hash', `${value}`);
    }

    toJSON() {
      this.#ensureSearchParamsUpdated();
      return serializeURL(this.#context);
    }

    static canParse(url, base = undefined) {
      if (arguments.length === 0) {
        throw at(ERR_MISSING_ARGS('url'), arrowAt(1122, "      throw new ERR_MISSING_ARGS('url');"), `${calledOn(this, 'canParse')} (node:internal/url:1122:13)`);
      }
      url = `${url}`;
      if (base !== undefined) return parseURL(url, `${base}`) !== FAILURE;
      return parseURL(url) !== FAILURE;
    }
  }

  Object.defineProperties(URL.prototype, {
    [Symbol.toStringTag]: { configurable: true, value: 'URL' },
    toString: kEnumerableProperty,
    href: kEnumerableProperty,
    origin: kEnumerableProperty,
    protocol: kEnumerableProperty,
    username: kEnumerableProperty,
    password: kEnumerableProperty,
    host: kEnumerableProperty,
    hostname: kEnumerableProperty,
    port: kEnumerableProperty,
    pathname: kEnumerableProperty,
    search: kEnumerableProperty,
    searchParams: kEnumerableProperty,
    hash: kEnumerableProperty,
    toJSON: kEnumerableProperty,
  });
  Object.defineProperties(URL, {
    canParse: { configurable: true, writable: true, enumerable: true },
    parse: { configurable: true, writable: true, enumerable: true },
  });

  // URL.createObjectURL / revokeObjectURL: blobs are kept in `blobStore` (id -> Blob) for buffer.resolveObjectURL.
  const blobStore = new Map();
  function randomUUID() {
    const c = internal.webcrypto || (typeof globalThis.crypto === 'object' ? globalThis.crypto : undefined);
    if (c && typeof c.randomUUID === 'function') return c.randomUUID();
    const hex = '0123456789abcdef';
    let out = '';
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) out += '-';
      else if (i === 14) out += '4';
      else if (i === 19) out += hex[8 + Math.floor(Math.random() * 4)];
      else out += hex[Math.floor(Math.random() * 16)];
    }
    return out;
  }
  function createObjectURL(obj) {
    const Blob = internal.Blob || globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw at(ERR_INVALID_ARG_TYPE('obj', 'Blob', obj), arrowAt(1180, "      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);"),
        `${calledOn(this, 'createObjectURL')} (node:internal/url:1180:13)`);
    }
    const id = randomUUID();
    blobStore.set(id, obj);
    return `blob:nodedata:${id}`;
  }
  internal.resolveObjectURL = (url) => {
    const prefix = 'blob:nodedata:';
    return url.startsWith(prefix) ? blobStore.get(url.slice(prefix.length)) : undefined;
  };
  function revokeObjectURL(url) {
    if (arguments.length === 0) {
      throw at(ERR_MISSING_ARGS('url'), arrowAt(1191, "      throw new ERR_MISSING_ARGS('url');"), `${calledOn(this, 'revokeObjectURL')} (node:internal/url:1191:13)`);
    }
    url = `${url}`;
    const prefix = 'blob:nodedata:';
    if (url.startsWith(prefix)) blobStore.delete(url.slice(prefix.length));
  }
  Object.defineProperties(URL, {
    createObjectURL: { configurable: true, writable: true, enumerable: true, value: createObjectURL },
    revokeObjectURL: { configurable: true, writable: true, enumerable: true, value: revokeObjectURL },
  });

  // ---------------------------------------------------------------- node:url helpers on WHATWG URLs

  // Node: parse "ws://x", set its hostname, read it back ('' on failure).
  function domainToASCII(domain) {
    if (arguments.length < 1) {
      throw at(ERR_MISSING_ARGS('domain'), arrowAt(1385, "    throw new ERR_MISSING_ARGS('domain');"), `${calledOn(this, 'domainToASCII')} (node:internal/url:1385:11)`);
    }
    domain = `${domain}`;
    if (domain === '') return '';
    const rec = basicParse('ws://x', null);
    if (basicParse(toUSVString(domain), null, rec, HOSTNAME) === FAILURE) return '';
    return rec.host;
  }

  function domainToUnicode(domain) {
    if (arguments.length < 1) {
      throw at(ERR_MISSING_ARGS('domain'), arrowAt(1393, "    throw new ERR_MISSING_ARGS('domain');"), `${calledOn(this, 'domainToUnicode')} (node:internal/url:1393:11)`);
    }
    domain = `${domain}`;
    if (domain === '') return '';
    const rec = basicParse('ws://x', null);
    if (basicParse(toUSVString(domain), null, rec, HOSTNAME) === FAILURE) return '';
    return domainToUnicodeInternal(rec.host);
  }

  function urlToHttpOptions(url) {
    if (url === undefined || url === null) {
      throw at(new TypeError(`Cannot destructure property 'hostname' of 'url' as it is ${url}.`),
        arrowAt(1406, '  const { hostname, pathname, port, username, password, search } = url;', 11),
        `${calledOn(this, 'urlToHttpOptions')} (node:internal/url:1406:11)`);
    }
    const { hostname, pathname, port, username, password, search } = url;
    const options = {
      __proto__: null,
      ...url,
      protocol: url.protocol,
      hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
      hash: url.hash,
      search: search,
      pathname: pathname,
      path: `${pathname || ''}${search || ''}`,
      href: url.href,
    };
    if (port !== '') options.port = Number(port);
    if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
    return options;
  }

  const pathModule = () => internal.modules.path;

  function getPathFromURLWin32(url) {
    const hostname = url.hostname;
    let pathname = url.pathname;
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] === '%') {
        const third = pathname.codePointAt(n + 2) | 0x20;
        if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
          throw ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
        }
      }
    }
    pathname = pathname.replace(/\//g, '\\');
    pathname = decodeURIComponent(pathname);
    if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = pathname.codePointAt(1) | 0x20;
    const sep = pathname.charAt(2);
    if (letter < 97 || letter > 122 || sep !== ':') throw ERR_INVALID_FILE_URL_PATH('must be absolute');
    return pathname.slice(1);
  }

  function getPathFromURLPosix(url) {
    if (url.hostname !== '') {
      throw at(ERR_INVALID_FILE_URL_HOST('linux'), arrowAt(1466, '    throw new ERR_INVALID_FILE_URL_HOST(platform);'),
        'getPathFromURLPosix (node:internal/url:1466:11)');
    }
    const pathname = url.pathname;
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] === '%') {
        const third = pathname.codePointAt(n + 2) | 0x20;
        if (pathname[n + 1] === '2' && third === 102) {
          throw at(ERR_INVALID_FILE_URL_PATH('must not include encoded / characters'),
            arrowAt(1473, '        throw new ERR_INVALID_FILE_URL_PATH('), 'getPathFromURLPosix (node:internal/url:1473:15)');
        }
      }
    }
    return decodeURIComponent(pathname);
  }

  function fileURLToPath(path, options = undefined) {
    const windows = options == null ? undefined : options.windows;
    const self = calledOn(this, 'fileURLToPath');
    if (typeof path === 'string') {
      try { path = new URL(path); } catch (e) { throw at(e, undefined, `${self} (node:internal/url:1485:12)`); }
    } else if (!isURL(path)) {
      throw at(ERR_INVALID_ARG_TYPE('path', 'string or an instance of URL', path),
        arrowAt(1487, "    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);"), `${self} (node:internal/url:1487:11)`);
    }
    if (path.protocol !== 'file:') {
      throw at(ERR_INVALID_URL_SCHEME('file'), arrowAt(1489, "    throw new ERR_INVALID_URL_SCHEME('file');"), `${self} (node:internal/url:1489:11)`);
    }
    if (windows != null ? windows : false) return getPathFromURLWin32(path);
    try { return getPathFromURLPosix(path); } catch (e) { throw at(e, undefined, `${self} (node:internal/url:1490:63)`); }
  }

  const pathEscapes = [
    [/%/g, '%', '%25'], [/\t/g, '\t', '%09'], [/\n/g, '\n', '%0A'], [/\r/g, '\r', '%0D'], [/ /g, ' ', '%20'],
    [/"/g, '"', '%22'], [/#/g, '#', '%23'], [/\?/g, '?', '%3F'], [/\[/g, '[', '%5B'], [/\\/g, '\\', '%5C'],
    [/]/g, ']', '%5D'], [/\^/g, '^', '%5E'], [/\|/g, '|', '%7C'], [/~/g, '~', '%7E'],
  ];
  function encodePathChars(filepath, options = undefined) {
    const windows = options != null && options.windows;
    for (const [re, ch, rep] of pathEscapes) {
      if (ch === '\\' && windows) continue;
      if (filepath.includes(ch)) filepath = filepath.replace(re, rep);
    }
    return filepath;
  }

  function pathToFileURLInternal(filepath, options = undefined) {
    const windowsOpt = options == null ? undefined : options.windows;
    const windows = windowsOpt != null ? windowsOpt : false;
    const path = pathModule();
    if (windows && filepath.startsWith('\\\\')) {
      const outURL = new URL('file://');
      const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
      const prefixLength = isExtendedUNC ? 8 : 2;
      const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
      if (hostnameEndIndex === -1) throw ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
      if (hostnameEndIndex === 2) throw ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
      const hostname = filepath.slice(prefixLength, hostnameEndIndex);
      outURL.hostname = domainToASCII(hostname);
      outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), { windows });
      return outURL;
    }
    let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
    const filePathLast = filepath.charCodeAt(filepath.length - 1);
    if ((filePathLast === 47 || (windows && filePathLast === 92)) && resolved[resolved.length - 1] !== path.sep) {
      resolved += '/';
    }
    return new URL(`file://${encodePathChars(resolved, { windows })}`);
  }

  function pathToFileURL(path, options) {
    if (typeof path !== 'string') throw at(ERR_INVALID_ARG_TYPE('path', 'string', path), undefined, `${calledOn(this, 'pathToFileURL')} (node:url:1018:3)`);
    return pathToFileURLInternal(path, options);
  }

  // What url.format(URL, options) does through ada in Node.
  function formatWhatwg(href, fragment, unicode, search, auth) {
    const rec = basicParse(href, null);
    if (rec === FAILURE) return href;
    if (!fragment) rec.fragment = null;
    if (unicode && rec.host !== null) rec.host = domainToUnicodeInternal(rec.host);
    if (!search) rec.query = null;
    if (!auth) {
      rec.username = '';
      rec.password = '';
    }
    return serializeURL(rec);
  }

  // ---------------------------------------------------------------- legacy API (port of Node 20 lib/url.js)

  const unsafeProtocol = new Set(['javascript', 'javascript:']);
  const hostlessProtocol = new Set(['javascript', 'javascript:']);
  const slashedProtocol = new Set([
    'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
  ]);

  const CHAR_SPACE = 32;
  const CHAR_TAB = 9;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_LINE_FEED = 10;
  const CHAR_NO_BREAK_SPACE = 160;
  const CHAR_ZERO_WIDTH_NOBREAK_SPACE = 65279;
  const CHAR_HASH = 35;
  const CHAR_FORWARD_SLASH = 47;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_LEFT_ANGLE_BRACKET = 60;
  const CHAR_RIGHT_ANGLE_BRACKET = 62;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const CHAR_QUESTION_MARK = 63;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_PERCENT = 37;
  const CHAR_SEMICOLON = 59;
  const CHAR_BACKWARD_SLASH = 92;
  const CHAR_CIRCUMFLEX_ACCENT = 94;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_AT = 64;
  const CHAR_COLON = 58;

  const ObjectAssign = Object.assign;
  const StringPrototypeCharCodeAt = (s, i) => s.charCodeAt(i);
  const ObjectKeys = Object.keys;

  // Resolved lazily: the querystring module may be registered after this one.
  const querystring = {
    parse: (...args) => internal.modules.querystring.parse(...args),
    stringify: (...args) => internal.modules.querystring.stringify(...args),
  };

  function validateString(value, name) {
    if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
  function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw ERR_INVALID_ARG_TYPE(name, 'object', value);
    }
  }
  function spliceOne(list, index) {
    for (; index + 1 < list.length; index++) list[index] = list[index + 1];
    list.pop();
  }
  function emitWarning(msg, type, code) {
    const p = internal.process;
    if (p && typeof p.emitWarning === 'function') p.emitWarning(msg, type, code);
  }
  // encoding_binding.toASCII (lenient UTS #46 ToASCII): '' when the domain cannot be converted.
  function toASCII(domain) {
    const nul = domain.indexOf('\0'); // the C++ binding reads a NUL-terminated string
    if (nul !== -1) domain = domain.slice(0, nul);
    const r = domainToASCIIInternal(domain);
    return r === FAILURE ? '' : r;
  }

  // Original url.parse() API

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  // Reference: RFC 3986, RFC 1808, RFC 2396

  // define these here so at least they only have to be
  // compiled once on the first module load.
  const protocolPattern = /^[a-z0-9.+-]+:/i;
  const portPattern = /:[0-9]*$/;
  const hostPattern = /^\/\/[^@/]+@[^@/]+/;

  // Special case for a simple path URL
  const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;

  const hostnameMaxLen = 255;

  // node's frame for lib/url.js's `fn` (exported as `as`) at `where`, under those of a failed check of the URL.
  function legacyFrame(err, self, fn, as, where) {
    if (err === null || typeof err !== 'object' || err.code !== 'ERR_INVALID_ARG_TYPE') return err;
    return at(err, undefined, `${self === undefined ? fn : `${calledOn(self, fn)} [as ${as}]`} (node:url:${where})`);
  }
  function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) return url;

    const urlObject = new Url();
    try {
      urlObject.parse(url, parseQueryString, slashesDenoteHost);
    } catch (e) {
      throw legacyFrame(e, this, 'urlParse', 'parse', '142:13');
    }
    return urlObject;
  }

  function isIpv6Hostname(hostname) {
    return (
      StringPrototypeCharCodeAt(hostname, 0) === CHAR_LEFT_SQUARE_BRACKET &&
      StringPrototypeCharCodeAt(hostname, hostname.length - 1) ===
      CHAR_RIGHT_SQUARE_BRACKET
    );
  }

  // This prevents some common spoofing bugs due to our use of IDNA toASCII. For
  // compatibility, the set of characters we use here is the *intersection* of
  // "forbidden host code point" in the WHATWG URL Standard [1] and the
  // characters in the host parsing loop in Url.prototype.parse, with the
  // following additions:
  //
  // - ':' since this could cause a "protocol spoofing" bug
  // - '@' since this could cause parts of the hostname to be confused with auth
  // - '[' and ']' since this could cause a non-IPv6 hostname to be interpreted
  //   as IPv6 by isIpv6Hostname above
  //
  // [1]: https://url.spec.whatwg.org/#forbidden-host-code-point
  const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
  // For IPv6, permit '[', ']', and ':'.
  const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

  Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    if (typeof url !== 'string') throw at(ERR_INVALID_ARG_TYPE('url', 'string', url), undefined, `${calledOn(this, 'parse')} (node:url:171:3)`);

    // Copy chrome, IE, opera backslash-handling behavior.
    // Back slashes before the query string get converted to forward slashes
    // See: https://code.google.com/p/chromium/issues/detail?id=25916
    let hasHash = false;
    let hasAt = false;
    let start = -1;
    let end = -1;
    let rest = '';
    let lastPos = 0;
    for (let i = 0, inWs = false, split = false; i < url.length; ++i) {
      const code = url.charCodeAt(i);

      // Find first and last non-whitespace characters for trimming
      const isWs = code < 33 ||
                   code === CHAR_NO_BREAK_SPACE ||
                   code === CHAR_ZERO_WIDTH_NOBREAK_SPACE;
      if (start === -1) {
        if (isWs)
          continue;
        lastPos = start = i;
      } else if (inWs) {
        if (!isWs) {
          end = -1;
          inWs = false;
        }
      } else if (isWs) {
        end = i;
        inWs = true;
      }

      // Only convert backslashes while we haven't seen a split character
      if (!split) {
        switch (code) {
          case CHAR_AT:
            hasAt = true;
            break;
          case CHAR_HASH:
            hasHash = true;
          // Fall through
          case CHAR_QUESTION_MARK:
            split = true;
            break;
          case CHAR_BACKWARD_SLASH:
            if (i - lastPos > 0)
              rest += url.slice(lastPos, i);
            rest += '/';
            lastPos = i + 1;
            break;
        }
      } else if (!hasHash && code === CHAR_HASH) {
        hasHash = true;
      }
    }

    // Check if string was non-empty (including strings with only whitespace)
    if (start !== -1) {
      if (lastPos === start) {
        // We didn't convert any backslashes

        if (end === -1) {
          if (start === 0)
            rest = url;
          else
            rest = url.slice(start);
        } else {
          rest = url.slice(start, end);
        }
      } else if (end === -1 && lastPos < url.length) {
        // We converted some backslashes and have only part of the entire string
        rest += url.slice(lastPos);
      } else if (end !== -1 && lastPos < end) {
        // We converted some backslashes and have only part of the entire string
        rest += url.slice(lastPos, end);
      }
    }

    if (!slashesDenoteHost && !hasHash && !hasAt) {
      // Try fast path regexp
      const simplePath = simplePathPattern.exec(rest);
      if (simplePath) {
        this.path = rest;
        this.href = rest;
        this.pathname = simplePath[1];
        if (simplePath[2]) {
          this.search = simplePath[2];
          if (parseQueryString) {
            this.query = querystring.parse(this.search.slice(1));
          } else {
            this.query = this.search.slice(1);
          }
        } else if (parseQueryString) {
          this.search = null;
          this.query = { __proto__: null };
        }
        return this;
      }
    }

    let proto = protocolPattern.exec(rest);
    let lowerProto;
    if (proto) {
      proto = proto[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(proto.length);
    }

    // Figure out if it's got a host
    // user@server is *always* interpreted as a hostname, and url
    // resolution will treat //foo/bar as host=foo,path=bar because that's
    // how the browser resolves relative URLs.
    let slashes;
    if (slashesDenoteHost || proto || hostPattern.test(rest)) {
      slashes = rest.charCodeAt(0) === CHAR_FORWARD_SLASH &&
                rest.charCodeAt(1) === CHAR_FORWARD_SLASH;
      if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!hostlessProtocol.has(lowerProto) &&
        (slashes || (proto && !slashedProtocol.has(proto)))) {

      // there's a hostname.
      // the first instance of /, ?, ;, or # ends the host.
      //
      // If there is an @ in the hostname, then non-host chars *are* allowed
      // to the left of the last @ sign, unless some host-ending character
      // comes *before* the @-sign.
      // URLs are obnoxious.
      //
      // ex:
      // http://a@b@c/ => user:a@b host:c
      // http://a@b?@c => user:a host:b path:/?@c

      let hostEnd = -1;
      let atSign = -1;
      let nonHost = -1;
      for (let i = 0; i < rest.length; ++i) {
        switch (rest.charCodeAt(i)) {
          case CHAR_TAB:
          case CHAR_LINE_FEED:
          case CHAR_CARRIAGE_RETURN:
            // WHATWG URL removes tabs, newlines, and carriage returns. Let's do that too.
            rest = rest.slice(0, i) + rest.slice(i + 1);
            i -= 1;
            break;
          case CHAR_SPACE:
          case CHAR_DOUBLE_QUOTE:
          case CHAR_PERCENT:
          case CHAR_SINGLE_QUOTE:
          case CHAR_SEMICOLON:
          case CHAR_LEFT_ANGLE_BRACKET:
          case CHAR_RIGHT_ANGLE_BRACKET:
          case CHAR_BACKWARD_SLASH:
          case CHAR_CIRCUMFLEX_ACCENT:
          case CHAR_GRAVE_ACCENT:
          case CHAR_LEFT_CURLY_BRACKET:
          case CHAR_VERTICAL_LINE:
          case CHAR_RIGHT_CURLY_BRACKET:
            // Characters that are never ever allowed in a hostname from RFC 2396
            if (nonHost === -1)
              nonHost = i;
            break;
          case CHAR_HASH:
          case CHAR_FORWARD_SLASH:
          case CHAR_QUESTION_MARK:
            // Find the first instance of any host-ending characters
            if (nonHost === -1)
              nonHost = i;
            hostEnd = i;
            break;
          case CHAR_AT:
            // At this point, either we have an explicit point where the
            // auth portion cannot go past, or the last @ char is the decider.
            atSign = i;
            nonHost = -1;
            break;
        }
        if (hostEnd !== -1)
          break;
      }
      start = 0;
      if (atSign !== -1) {
        this.auth = decodeURIComponent(rest.slice(0, atSign));
        start = atSign + 1;
      }
      if (nonHost === -1) {
        this.host = rest.slice(start);
        rest = '';
      } else {
        this.host = rest.slice(start, nonHost);
        rest = rest.slice(nonHost);
      }

      // pull out port.
      this.parseHost();

      // We've indicated that there is a hostname,
      // so even if it's empty, it has to be present.
      if (typeof this.hostname !== 'string')
        this.hostname = '';

      const hostname = this.hostname;

      // If hostname begins with [ and ends with ]
      // assume that it's an IPv6 address.
      const ipv6Hostname = isIpv6Hostname(hostname);

      // validate a little.
      if (!ipv6Hostname) {
        rest = getHostname(this, rest, hostname, url);
      }

      if (this.hostname.length > hostnameMaxLen) {
        this.hostname = '';
      } else {
        // Hostnames are always lower case.
        this.hostname = this.hostname.toLowerCase();
      }

      if (this.hostname !== '') {
        if (ipv6Hostname) {
          if (forbiddenHostCharsIpv6.test(this.hostname)) {
            throw ERR_INVALID_URL(url);
          }
        } else {
          // IDNA Support: Returns a punycoded representation of "domain".
          // It only converts parts of the domain name that
          // have non-ASCII characters, i.e. it doesn't matter if
          // you call it with a domain that already is ASCII-only.
          this.hostname = toASCII(this.hostname);

          // Prevent two potential routes of hostname spoofing.
          // 1. If this.hostname is empty, it must have become empty due to toASCII
          //    since we checked this.hostname above.
          // 2. If any of forbiddenHostChars appears in this.hostname, it must have
          //    also gotten in due to toASCII. This is since getHostname would have
          //    filtered them out otherwise.
          // Rather than trying to correct this by moving the non-host part into
          // the pathname as we've done in getHostname, throw an exception to
          // convey the severity of this issue.
          if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
            throw ERR_INVALID_URL(url);
          }
        }
      }

      const p = this.port ? ':' + this.port : '';
      const h = this.hostname || '';
      this.host = h + p;

      // strip [ and ] from the hostname
      // the host field still retains them, though
      if (ipv6Hostname) {
        this.hostname = this.hostname.slice(1, -1);
        if (rest[0] !== '/') {
          rest = '/' + rest;
        }
      }
    }

    // Now rest is set to the post-host stuff.
    // Chop off any delim chars.
    if (!unsafeProtocol.has(lowerProto)) {
      // First, make 100% sure that any "autoEscape" chars get
      // escaped, even if encodeURIComponent doesn't think they
      // need to be.
      rest = autoEscapeStr(rest);
    }

    let questionIdx = -1;
    let hashIdx = -1;
    for (let i = 0; i < rest.length; ++i) {
      const code = rest.charCodeAt(i);
      if (code === CHAR_HASH) {
        this.hash = rest.slice(i);
        hashIdx = i;
        break;
      } else if (code === CHAR_QUESTION_MARK && questionIdx === -1) {
        questionIdx = i;
      }
    }

    if (questionIdx !== -1) {
      if (hashIdx === -1) {
        this.search = rest.slice(questionIdx);
        this.query = rest.slice(questionIdx + 1);
      } else {
        this.search = rest.slice(questionIdx, hashIdx);
        this.query = rest.slice(questionIdx + 1, hashIdx);
      }
      if (parseQueryString) {
        this.query = querystring.parse(this.query);
      }
    } else if (parseQueryString) {
      // No query string, but parseQueryString still requested
      this.search = null;
      this.query = { __proto__: null };
    }

    const useQuestionIdx =
      questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
    const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
    if (firstIdx === -1) {
      if (rest.length > 0)
        this.pathname = rest;
    } else if (firstIdx > 0) {
      this.pathname = rest.slice(0, firstIdx);
    }
    if (slashedProtocol.has(lowerProto) &&
        this.hostname && !this.pathname) {
      this.pathname = '/';
    }

    // To support http.request
    if (this.pathname || this.search) {
      const p = this.pathname || '';
      const s = this.search || '';
      this.path = p + s;
    }

    // Finally, reconstruct the href based on what has been validated.
    this.href = this.format();
    return this;
  };

  let warnInvalidPort = true;
  function getHostname(self, rest, hostname, url) {
    for (let i = 0; i < hostname.length; ++i) {
      const code = hostname.charCodeAt(i);
      const isValid = (code !== CHAR_FORWARD_SLASH &&
                       code !== CHAR_BACKWARD_SLASH &&
                       code !== CHAR_HASH &&
                       code !== CHAR_QUESTION_MARK &&
                       code !== CHAR_COLON);

      if (!isValid) {
        // If leftover starts with :, then it represents an invalid port.
        // But url.parse() is lenient about it for now.
        // Issue a warning and continue.
        if (warnInvalidPort && code === CHAR_COLON) {
          const detail = `The URL ${url} is invalid. Future versions of Node.js will throw an error.`;
          emitWarning(detail, 'DeprecationWarning', 'DEP0170');
          warnInvalidPort = false;
        }
        self.hostname = hostname.slice(0, i);
        return `/${hostname.slice(i)}${rest}`;
      }
    }
    return rest;
  }

  // Escaped characters. Use empty strings to fill up unused entries.
  // Using Array is faster than Object/Map
  const escapedCodes = [
    /* 0 - 9 */ '', '', '', '', '', '', '', '', '', '%09',
    /* 10 - 19 */ '%0A', '', '', '%0D', '', '', '', '', '', '',
    /* 20 - 29 */ '', '', '', '', '', '', '', '', '', '',
    /* 30 - 39 */ '', '', '%20', '', '%22', '', '', '', '', '%27',
    /* 40 - 49 */ '', '', '', '', '', '', '', '', '', '',
    /* 50 - 59 */ '', '', '', '', '', '', '', '', '', '',
    /* 60 - 69 */ '%3C', '', '%3E', '', '', '', '', '', '', '',
    /* 70 - 79 */ '', '', '', '', '', '', '', '', '', '',
    /* 80 - 89 */ '', '', '', '', '', '', '', '', '', '',
    /* 90 - 99 */ '', '', '%5C', '', '%5E', '', '%60', '', '', '',
    /* 100 - 109 */ '', '', '', '', '', '', '', '', '', '',
    /* 110 - 119 */ '', '', '', '', '', '', '', '', '', '',
    /* 120 - 125 */ '', '', '', '%7B', '%7C', '%7D',
  ];

  // Automatically escape all delimiters and unwise characters from RFC 2396.
  // Also escape single quotes in case of an XSS attack.
  // Return the escaped string.
  function autoEscapeStr(rest) {
    let escaped = '';
    let lastEscapedPos = 0;
    for (let i = 0; i < rest.length; ++i) {
      // `escaped` contains substring up to the last escaped character.
      const escapedChar = escapedCodes[rest.charCodeAt(i)];
      if (escapedChar) {
        // Concat if there are ordinary characters in the middle.
        if (i > lastEscapedPos)
          escaped += rest.slice(lastEscapedPos, i);
        escaped += escapedChar;
        lastEscapedPos = i + 1;
      }
    }
    if (lastEscapedPos === 0)  // Nothing has been escaped.
      return rest;

    // There are ordinary characters at the end.
    if (lastEscapedPos < rest.length)
      escaped += rest.slice(lastEscapedPos);

    return escaped;
  }

  // Format a parsed object into a url string
  function urlFormat(urlObject, options) {
    // Ensure it's an object, and not a string url.
    // If it's an object, this is a no-op.
    // this way, you can call urlParse() on strings
    // to clean up potentially wonky urls.
    if (typeof urlObject === 'string') {
      urlObject = urlParse(urlObject);
    } else if (typeof urlObject !== 'object' || urlObject === null) {
      {
        // lib/url.js passes ['Object', 'string'], which Node 20 words as "one of type object or string".
        const err = ERR_INVALID_ARG_TYPE('urlObject', 'object', urlObject);
        err.message = err.message.replace('must be of type object', 'must be one of type object or string');
        const self = this === undefined ? 'urlFormat' : `${calledOn(this, 'urlFormat')} [as format]`;
        throw at(internal.errors.withCode(new TypeError(err.message), 'ERR_INVALID_ARG_TYPE'),
          arrowAt('node:url:581', "    throw new ERR_INVALID_ARG_TYPE('urlObject',"), `${self} (node:url:581:11)`);
      }
    } else if (urlObject instanceof URL) {
      let fragment = true;
      let unicode = false;
      let search = true;
      let auth = true;

      if (options) {
        validateObject(options, 'options');

        if (options.fragment != null) {
          fragment = Boolean(options.fragment);
        }

        if (options.unicode != null) {
          unicode = Boolean(options.unicode);
        }

        if (options.search != null) {
          search = Boolean(options.search);
        }

        if (options.auth != null) {
          auth = Boolean(options.auth);
        }
      }

      return formatWhatwg(urlObject.href, fragment, unicode, search, auth);
    }

    return Url.prototype.format.call(urlObject);
  }

  // These characters do not need escaping:
  // ! - . _ ~
  // ' ( ) * :
  // digits
  // alpha (uppercase)
  // alpha (lowercase)
  const noEscapeAuth = new Int8Array([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00 - 0x0F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10 - 0x1F
    0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, // 0x20 - 0x2F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // 0x30 - 0x3F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x40 - 0x4F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // 0x50 - 0x5F
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x60 - 0x6F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, // 0x70 - 0x7F
  ]);

  Url.prototype.format = function format() {
    let auth = this.auth || '';
    if (auth) {
      auth = encodeStr(auth, noEscapeAuth, hexTable);
      auth += '@';
    }

    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    let query = '';

    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      host = auth + (
        this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
          '[' + this.hostname + ']' :
          this.hostname
      );
      if (this.port) {
        host += ':' + this.port;
      }
    }

    if (this.query !== null && typeof this.query === 'object') {
      query = querystring.stringify(this.query);
    }

    let search = this.search || (query && ('?' + query)) || '';

    if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58/* : */)
      protocol += ':';

    let newPathname = '';
    let lastPos = 0;
    for (let i = 0; i < pathname.length; ++i) {
      switch (pathname.charCodeAt(i)) {
        case CHAR_HASH:
          if (i - lastPos > 0)
            newPathname += pathname.slice(lastPos, i);
          newPathname += '%23';
          lastPos = i + 1;
          break;
        case CHAR_QUESTION_MARK:
          if (i - lastPos > 0)
            newPathname += pathname.slice(lastPos, i);
          newPathname += '%3F';
          lastPos = i + 1;
          break;
      }
    }
    if (lastPos > 0) {
      if (lastPos !== pathname.length)
        pathname = newPathname + pathname.slice(lastPos);
      else
        pathname = newPathname;
    }

    // Only the slashedProtocols get the //.  Not mailto:, xmpp:, etc.
    // unless they had them to begin with.
    if (this.slashes || slashedProtocol.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname.charCodeAt(0) !== CHAR_FORWARD_SLASH)
          pathname = '/' + pathname;
        host = '//' + host;
      } else if (protocol.length >= 4 &&
                 protocol.charCodeAt(0) === 102/* f */ &&
                 protocol.charCodeAt(1) === 105/* i */ &&
                 protocol.charCodeAt(2) === 108/* l */ &&
                 protocol.charCodeAt(3) === 101/* e */) {
        host = '//';
      }
    }

    search = search.replace(/#/g, '%23');

    if (hash && hash.charCodeAt(0) !== CHAR_HASH)
      hash = '#' + hash;
    if (search && search.charCodeAt(0) !== CHAR_QUESTION_MARK)
      search = '?' + search;

    return protocol + host + pathname + search + hash;
  };

  function urlResolve(source, relative) {
    const parsed = (() => {
      try { return urlParse(source, false, true); } catch (e) { throw legacyFrame(e, this, 'urlResolve', 'resolve', '719:10'); }
    })();
    try { return parsed.resolve(relative); } catch (e) { throw legacyFrame(e, this, 'urlResolve', 'resolve', '719:40'); }
  }

  Url.prototype.resolve = function resolve(relative) {
    let parsed;
    try {
      parsed = urlParse(relative, false, true);
    } catch (e) {
      throw at(e, undefined, `${calledOn(this, 'resolve')} (node:url:723:29)`);
    }
    return this.resolveObject(parsed).format();
  };

  function urlResolveObject(source, relative) {
    if (!source) return relative;
    return urlParse(source, false, true).resolveObject(relative);
  }

  Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
      const rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }

    const result = new Url();
    ObjectAssign(result, this);

    // Hash is always overridden, no matter what.
    // even href="" will remove it.
    result.hash = relative.hash;

    // If the relative url is empty, then there's nothing left to do here.
    if (relative.href === '') {
      result.href = result.format();
      return result;
    }

    // Hrefs like //foo/bar always cut to the protocol.
    if (relative.slashes && !relative.protocol) {
      // Take everything except the protocol from relative
      const relativeWithoutProtocol = ObjectKeys(relative).reduce((acc, key) => {
        if (key !== 'protocol') {
          acc[key] = relative[key];
        }
        return acc;
      }, {});
      ObjectAssign(result, relativeWithoutProtocol);

      // urlParse appends trailing / to urls like http://www.example.com
      if (slashedProtocol.has(result.protocol) &&
          result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }

      result.href = result.format();
      return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
      // If it's a known url protocol, then changing
      // the protocol does weird things
      // first, if it's not file:, then we MUST have a host,
      // and if there was a path
      // to begin with, then we MUST have a path.
      // if it is file:, then the host is dropped,
      // because that's known to be hostless.
      // anything else is assumed to be absolute.
      if (!slashedProtocol.has(relative.protocol)) {
        ObjectAssign(result, relative);
        result.href = result.format();
        return result;
      }

      result.protocol = relative.protocol;
      if (!relative.host &&
          !/^file:?$/.test(relative.protocol) &&
          !hostlessProtocol.has(relative.protocol)) {
        const relPath = (relative.pathname || '').split('/');
        while (relPath.length && !(relative.host = relPath.shift()));
        if (!relative.host) relative.host = '';
        if (!relative.hostname) relative.hostname = '';
        if (relPath[0] !== '') relPath.unshift('');
        if (relPath.length < 2) relPath.unshift('');
        result.pathname = relPath.join('/');
      } else {
        result.pathname = relative.pathname;
      }
      result.search = relative.search;
      result.query = relative.query;
      result.host = relative.host || '';
      result.auth = relative.auth;
      result.hostname = relative.hostname || relative.host;
      result.port = relative.port;
      // To support http.request
      if (result.pathname || result.search) {
        const p = result.pathname || '';
        const s = result.search || '';
        result.path = p + s;
      }
      result.slashes = result.slashes || relative.slashes;
      result.href = result.format();
      return result;
    }

    const isSourceAbs = (result.pathname && result.pathname.charAt(0) === '/');
    const isRelAbs = (
      relative.host || (relative.pathname && relative.pathname.charAt(0) === '/')
    );
    let mustEndAbs = (isRelAbs || isSourceAbs ||
                      (result.host && relative.pathname));
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && result.pathname.split('/')) || [];
    const relPath = (relative.pathname && relative.pathname.split('/')) || [];
    const noLeadingSlashes = result.protocol &&
        !slashedProtocol.has(result.protocol);

    // If the url is a non-slashed url, then relative
    // links like ../.. should be able
    // to crawl up to the hostname, as well.  This is strange.
    // result.protocol has already been set by now.
    // Later on, put the first path part into the host field.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        result.auth = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      // it's absolute.
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
      // Fall through to the dot-handling below.
    } else if (relPath.length) {
      // it's relative
      // throw away the existing file, and take the new path instead.
      if (!srcPath) srcPath = [];
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // Just pull out the search.
      // like href='?foo'.
      // Put this after the other two cases because it simplifies the booleans
      if (noLeadingSlashes) {
        result.hostname = result.host = srcPath.shift();
        // Occasionally the auth can get stuck only in host.
        // This especially happens in cases like
        // url.resolveObject('mailto:local1@domain1', 'local2@domain2')
        const authInHost =
          result.host && result.host.indexOf('@') > 0 && result.host.split('@');
        if (authInHost) {
          result.auth = authInHost.shift();
          result.host = result.hostname = authInHost.shift();
        }
      }
      result.search = relative.search;
      result.query = relative.query;
      // To support http.request
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') +
                      (result.search ? result.search : '');
      }
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      // No path at all. All other things were already handled above.
      result.pathname = null;
      // To support http.request
      if (result.search) {
        result.path = '/' + result.search;
      } else {
        result.path = null;
      }
      result.href = result.format();
      return result;
    }

    // If a url ENDs in . or .., then it must get a trailing slash.
    // however, if it ends in anything else non-slashy,
    // then it must NOT get a trailing slash.
    let last = srcPath.slice(-1)[0];
    const hasTrailingSlash = (
      ((result.host || relative.host || srcPath.length > 1) &&
      (last === '.' || last === '..')) || last === '');

    // Strip single dots, resolve double dots to parent dir
    // if the path tries to go above the root, `up` ends up > 0
    let up = 0;
    for (let i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        spliceOne(srcPath, i);
      } else if (last === '..') {
        spliceOne(srcPath, i);
        up++;
      } else if (up) {
        spliceOne(srcPath, i);
        up--;
      }
    }

    // If the path is allowed to go above the root, restore leading ..s
    if (!mustEndAbs && !removeAllDots) {
      while (up--) {
        srcPath.unshift('..');
      }
    }

    if (mustEndAbs && srcPath[0] !== '' &&
        (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
      srcPath.unshift('');
    }

    if (hasTrailingSlash && (srcPath.join('/').slice(-1) !== '/')) {
      srcPath.push('');
    }

    const isAbsolute = srcPath[0] === '' ||
        (srcPath[0] && srcPath[0].charAt(0) === '/');

    // put the host back
    if (noLeadingSlashes) {
      result.hostname =
        result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
      // Occasionally the auth can get stuck only in host.
      // This especially happens in cases like
      // url.resolveObject('mailto:local1@domain1', 'local2@domain2')
      const authInHost = result.host && result.host.indexOf('@') > 0 ?
        result.host.split('@') : false;
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }

    mustEndAbs = mustEndAbs || (result.host && srcPath.length);

    if (mustEndAbs && !isAbsolute) {
      srcPath.unshift('');
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = null;
    } else {
      result.pathname = srcPath.join('/');
    }

    // To support request.http
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') +
                    (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };

  Url.prototype.parseHost = function parseHost() {
    let host = this.host;
    let port = portPattern.exec(host);
    if (port) {
      port = port[0];
      if (port !== ':') {
        this.port = port.slice(1);
      }
      host = host.slice(0, host.length - port.length);
    }
    if (host) this.hostname = host;
  };


  const url = {
    Url,
    parse: urlParse,
    resolve: urlResolve,
    resolveObject: urlResolveObject,
    format: urlFormat,
    URL,
    URLSearchParams,
    domainToASCII,
    domainToUnicode,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };

  internal.modules.url = url;
  internal.url = { URL, URLSearchParams, isURL, fileURLToPath, pathToFileURL, blobStore };
})
