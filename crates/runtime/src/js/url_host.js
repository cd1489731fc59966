//! node:url, part 2 of 7: the URL Standard's host parser (IPv4, IPv6, domains, opaque hosts), the URL record and
//! the parser's states.
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  const shared = internal.urlShared;
  const {
    FAILURE, at, domainToASCIIInternal, hexVal, inC0ControlSet, isForbiddenHostCodePoint, isHex, percentDecodeToBytes,
    percentEncodeString, utf8Decode
  } = shared;
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

  Object.assign(shared, {
    AUTHORITY, FILE, FILE_HOST, FILE_SLASH, FRAGMENT, HOST, HOSTNAME, NO_SCHEME, OPAQUE_PATH, PATH, PATH_OR_AUTHORITY,
    PATH_START, PORT, QUERY, RELATIVE, RELATIVE_SLASH, SCHEME, SCHEME_START, SPECIAL_AUTHORITY_IGNORE_SLASHES,
    SPECIAL_AUTHORITY_SLASHES, SPECIAL_RELATIVE_OR_AUTHORITY, cannotHaveUsernamePasswordPort, cloneRecord, defaultPort,
    hasOpaquePath, includesCredentials, isAsciiAlpha, isAsciiAlphanumeric, isAsciiDigit, isDoubleDot,
    isLooseNormalizedWindowsDriveLetter, isSingleDot, isSpecial, isSpecialScheme, isWindowsDriveLetter, newRecord,
    parseHost, shortenPath, startsWithWindowsDriveLetter
  });
})
