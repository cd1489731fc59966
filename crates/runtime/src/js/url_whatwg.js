//! node:url, part 5 of 7: the WHATWG URL class (port of lib/internal/url.js), blob: URLs, and node:url's
//! helpers on WHATWG URLs (domainToASCII, fileURLToPath, pathToFileURL, urlToHttpOptions).
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  const shared = internal.urlShared;
  const {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH, ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS, FAILURE, HOSTNAME, URLSearchParams, arrowAt, at, basicParse, calledOn,
    cloneRecord, customInspectSymbol, domainToUnicodeInternal, getInspect, hasOpaquePath, includesCredentials,
    isSpecialScheme, kEnumerableProperty, nativeInvalidUrl, parseURL, serializePath, serializeURL, setURLSearchParams,
    setURLSearchParamsContext, setters, toUSVString
  } = shared;
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
      shared.setURLSearchParamsModified = (obj) => {
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


  Object.assign(shared, {
    URL, blobStore, domainToASCII, domainToUnicode, fileURLToPath, formatWhatwg, isURL, pathToFileURL, urlToHttpOptions
  });
})
