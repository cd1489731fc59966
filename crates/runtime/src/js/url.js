//! node:url, part 7 of 7: url.format / url.resolve (port of Node 20 lib/url.js) and the module itself. Runs
//! url_*.js first (the URL Standard parser, URLSearchParams, URL, url.parse), which share through
//! internal.urlShared.
// Copyright Joyent, Inc. and other Node contributors. (MIT licence, see Node's LICENSE.)
(function (internal) {
  'use strict';
  // The other parts run first, in order; node:url is parsed (all seven files) when first needed.
  for (const part of ['url_encoding.js', 'url_host.js', 'url_parser.js', 'url_search_params.js', 'url_whatwg.js',
    'url_legacy.js']) {
    internal.host.loadInternal(part)(internal);
  }
  const shared = internal.urlShared;
  const {
    CHAR_FORWARD_SLASH, CHAR_HASH, CHAR_QUESTION_MARK, ERR_INVALID_ARG_TYPE, ObjectAssign, ObjectKeys, URL,
    URLSearchParams, Url, arrowAt, at, blobStore, calledOn, domainToASCII, domainToUnicode, encodeStr, fileURLToPath,
    formatWhatwg, hexTable, hostlessProtocol, isIpv6Hostname, isURL, legacyFrame, parseHost, pathToFileURL, portPattern,
    querystring, slashedProtocol, spliceOne, urlParse, urlToHttpOptions, validateObject
  } = shared;
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
