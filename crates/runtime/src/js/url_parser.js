//! node:url, part 3 of 7: the URL Standard's basic URL parser (ada's quirks included), the serializer and the
//! URL API's setters on a record.
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  const shared = internal.urlShared;
  const {
    AUTHORITY, FAILURE, FILE, FILE_HOST, FILE_SLASH, FRAGMENT, HOST, HOSTNAME, NO_SCHEME, OPAQUE_PATH, PATH,
    PATH_OR_AUTHORITY, PATH_START, PORT, QUERY, RELATIVE, RELATIVE_SLASH, SCHEME, SCHEME_START,
    SPECIAL_AUTHORITY_IGNORE_SLASHES, SPECIAL_AUTHORITY_SLASHES, SPECIAL_RELATIVE_OR_AUTHORITY,
    cannotHaveUsernamePasswordPort, defaultPort, hasOpaquePath, inC0ControlSet, inFragmentSet, inPathSet, inQuerySet,
    inSpecialQuerySet, inUserinfoSet, includesCredentials, isAsciiAlpha, isAsciiAlphanumeric, isAsciiDigit, isDoubleDot,
    isLooseNormalizedWindowsDriveLetter, isSingleDot, isSpecial, isSpecialScheme, isWindowsDriveLetter, newRecord,
    parseHost, percentEncodeCodePoint, percentEncodeString, shortenPath, startsWithWindowsDriveLetter, toUSVString
  } = shared;
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


  Object.assign(shared, {
    basicParse, parseURL, serializePath, serializeURL, setters
  });
})
