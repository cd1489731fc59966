//! HTTP/1.1 message parsing and header helpers for `http.js`: an incremental parser (start line, headers,
//! bodies by Content-Length, chunked transfer coding or until EOF) with llhttp's error codes, the header
//! validation of node's lib/_http_common.js, and how IncomingMessage folds repeated headers.
(function (internal) {
  'use strict';
  const Buffer = internal.Buffer;
  const errors = internal.errors;

  const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
    'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
    'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE',
    'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
  const STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
    202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
    206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
    415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
    421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
    425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
    508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
    511: 'Network Authentication Required',
  };
  const MAX_HEADER_SIZE = 16 * 1024;
  const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

  function checkIsHttpToken(s) { return TOKEN.test(s); }
  function validateHeaderName(name, label) {
    if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
      const e = new TypeError(`${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
      throw errors.withCode(e, 'ERR_INVALID_HTTP_TOKEN');
    }
  }
  function validateHeaderValue(name, value) {
    if (value === undefined) {
      const e = new TypeError(`Invalid value "${value}" for header "${name}"`);
      throw errors.withCode(e, 'ERR_HTTP_INVALID_HEADER_VALUE');
    }
    if (INVALID_VALUE.test(String(value))) {
      const e = new TypeError(`Invalid character in header content ["${name}"]`);
      throw errors.withCode(e, 'ERR_INVALID_CHAR');
    }
  }

  // IncomingMessage's _addHeaderLine: which repeated headers are dropped, joined or collected.
  const FIRST_WINS = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
    'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
    'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);
  function addHeaderLine(dest, field, value) {
    const key = field.toLowerCase();
    if (key === 'set-cookie') {
      if (dest[key] !== undefined) dest[key].push(value);
      else dest[key] = [value];
    } else if (FIRST_WINS.has(key)) {
      if (dest[key] === undefined) dest[key] = value;
    } else if (key === 'cookie') {
      dest[key] = dest[key] !== undefined ? dest[key] + '; ' + value : value;
    } else {
      dest[key] = dest[key] !== undefined ? dest[key] + ', ' + value : value;
    }
  }

  function parseError(code, reason) {
    const e = new Error(`Parse Error: ${reason}`);
    e.code = code;
    e.reason = reason;
    return e;
  }

  /**
   * An incremental HTTP/1.1 parser. `kind` is 'request' or 'response'; callbacks: onHeaders(info) → returns
   * true to skip the body (HEAD responses), onBody(buffer), onComplete(), onError(err).
   */
  function Parser(kind, callbacks) {
    this.kind = kind;
    this.cb = callbacks;
    this.reset();
    this.failed = false;
    this.paused = false;
  }
  Parser.prototype.reset = function reset() {
    this.state = 'head';
    this.head = null;
    this.remaining = 0;
    this.chunkBuf = null;
    this.trailers = null;
  };
  Parser.prototype.execute = function execute(buf) {
    if (this.failed) return;
    let data = this.pending ? Buffer.concat([this.pending, buf]) : buf;
    this.pending = null;
    this.bytes = (this.bytes || 0) + buf.length;
    while (data.length > 0 && !this.failed) {
      if (this.state === 'head') {
        const prev = this.head ? this.head : null;
        const all = prev ? Buffer.concat([prev, data]) : data;
        const end = all.indexOf('\r\n\r\n');
        if (end < 0) {
          if (all.length > MAX_HEADER_SIZE) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow');
          this.head = all;
          return;
        }
        if (end > MAX_HEADER_SIZE) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow');
        this.head = null;
        const text = all.toString('latin1', 0, end);
        data = all.subarray(end + 4);
        if (!this.parseHead(text)) return;
      } else if (this.state === 'length') {
        const n = Math.min(this.remaining, data.length);
        const part = data.subarray(0, n);
        data = data.subarray(n);
        this.remaining -= n;
        if (part.length > 0) this.cb.onBody(part);
        if (this.remaining === 0) this.complete();
      } else if (this.state === 'eof') {
        this.cb.onBody(data);
        data = data.subarray(data.length);
      } else if (this.state === 'chunk-size') {
        const nl = data.indexOf('\r\n');
        if (nl < 0) { this.pending = data; return; }
        const line = data.toString('latin1', 0, nl).split(';')[0].trim();
        data = data.subarray(nl + 2);
        if (!/^[0-9a-fA-F]+$/.test(line)) return this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
        this.remaining = parseInt(line, 16);
        this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
      } else if (this.state === 'chunk-data') {
        const n = Math.min(this.remaining, data.length);
        const part = data.subarray(0, n);
        data = data.subarray(n);
        this.remaining -= n;
        if (part.length > 0) this.cb.onBody(part);
        if (this.remaining === 0) this.state = 'chunk-crlf';
      } else if (this.state === 'chunk-crlf') {
        if (data.length < 2) { this.pending = data; return; }
        if (data[0] !== 13 || data[1] !== 10) return this.fail('HPE_STRICT', 'Expected CRLF after chunk');
        data = data.subarray(2);
        this.state = 'chunk-size';
      } else if (this.state === 'trailers') {
        const nl = data.indexOf('\r\n');
        if (nl < 0) { this.pending = data; return; }
        const line = data.subarray(0, nl).toString('latin1');
        data = data.subarray(nl + 2);
        if (nl === 0) {
          this.complete();
        } else {
          // A trailer field (after the last chunk): kept for the message's `trailers` / `rawTrailers`.
          const colon = line.indexOf(':');
          if (colon <= 0 || !checkIsHttpToken(line.slice(0, colon))) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
          if (!this.trailers) this.trailers = { headers: {}, rawHeaders: [] };
          const name = line.slice(0, colon);
          const value = line.slice(colon + 1).trim();
          this.trailers.rawHeaders.push(name, value);
          addHeaderLine(this.trailers.headers, name, value);
        }
      } else if (this.state === 'done') {
        // Bytes after a message on a connection that is closing (or a pipelined request while paused).
        this.pending = data;
        return;
      }
    }
  };
  Parser.prototype.parseHead = function parseHead(text) {
    const lines = text.split('\r\n');
    const start = lines.shift();
    const info = { headers: {}, rawHeaders: [], versionMajor: 1, versionMinor: 1 };
    if (this.kind === 'request') {
      const m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(start);
      if (!m) {
        const method = start.split(' ')[0];
        if (!METHODS.includes(method)) return this.fail('HPE_INVALID_METHOD', 'Invalid method encountered');
        return this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version');
      }
      if (!METHODS.includes(m[1])) return this.fail('HPE_INVALID_METHOD', 'Invalid method encountered');
      info.method = m[1];
      info.url = m[2];
      info.versionMajor = +m[3];
      info.versionMinor = +m[4];
    } else {
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(start);
      if (!m) return this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      info.versionMajor = +m[1];
      info.versionMinor = +m[2];
      info.statusCode = +m[3];
      info.statusMessage = m[4] || '';
    }
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
      const name = line.slice(0, colon);
      if (!checkIsHttpToken(name)) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
      const value = line.slice(colon + 1).trim();
      info.rawHeaders.push(name, value);
      addHeaderLine(info.headers, name, value);
    }
    const te = String(info.headers['transfer-encoding'] || '').toLowerCase();
    const cl = info.headers['content-length'];
    if (cl !== undefined && !/^\d+$/.test(cl)) return this.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length');
    const conn = String(info.headers.connection || '').toLowerCase();
    info.shouldKeepAlive = info.versionMinor >= 1 ? !/\bclose\b/.test(conn) : /\bkeep-alive\b/.test(conn);
    info.upgrade = /\bupgrade\b/.test(conn) && info.headers.upgrade !== undefined;
    const skipBody = this.cb.onHeaders(info) === true;
    const noBody = skipBody || (this.kind === 'response' &&
      (info.statusCode === 204 || info.statusCode === 304 || (info.statusCode >= 100 && info.statusCode < 200)));
    if (noBody) this.complete();
    else if (/\bchunked\b/.test(te)) this.state = 'chunk-size';
    else if (cl !== undefined) {
      this.remaining = Number(cl);
      if (this.remaining === 0) this.complete();
      else this.state = 'length';
    } else if (this.kind === 'response') this.state = 'eof';
    else this.complete();
    return !this.failed;
  };
  Parser.prototype.complete = function complete() {
    this.state = 'done';
    const trailers = this.trailers;
    this.trailers = null;
    this.cb.onComplete(trailers);
  };
  /** Next message on the same connection (keep-alive); returns bytes that arrived after the last one. */
  Parser.prototype.next = function next() {
    const rest = this.pending;
    this.pending = null;
    this.reset();
    return rest;
  };
  Parser.prototype.finish = function finish() {
    if (this.state === 'eof') { this.complete(); return null; }
    if (this.state === 'head' && !this.head) return null;
    if (this.state === 'done') return null;
    // node reports an end of stream inside a message as a bare 'Parse Error'.
    const e = parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state');
    e.message = 'Parse Error';
    return e;
  };
  Parser.prototype.fail = function fail(code, reason) {
    this.failed = true;
    this.cb.onError(parseError(code, reason), this.head || Buffer.alloc(0));
    return false;
  };

  internal.httpCommon = {
    Parser, METHODS, STATUS_CODES, checkIsHttpToken, validateHeaderName, validateHeaderValue, addHeaderLine,
    MAX_HEADER_SIZE,
  };
})
