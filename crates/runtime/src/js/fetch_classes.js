//! The fetch API's `Headers`, `Request` and `Response` (WHATWG Fetch, as Node 20's undici exposes them): headers
//! case-insensitive and iterated sorted by lower-cased name, bodies from strings, buffers, Blobs and
//! URLSearchParams, read once by text()/json()/arrayBuffer()/blob() or as a web ReadableStream.
(function (internal) {
  'use strict';
  const Buffer = internal.Buffer;
  const kList = Symbol('headers list');
  // undici's body MIME type: the header parsed and serialized again (`text/plain;charset=utf-8`), '' when it
  // does not parse.
  function mimeOf(header) {
    if (!header) return '';
    const shared = internal.utilShared;
    if (!shared || !shared.MIMEType) return header;
    try {
      return String(new shared.MIMEType(header));
    } catch {
      return '';
    }
  }
  const kBody = Symbol('body');
  const kUsed = Symbol('used');

  function normalizeName(name) {
    const n = String(name);
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(n)) throw new TypeError(`Headers.append: "${n}" is an invalid header name.`);
    return n.toLowerCase();
  }
  function normalizeValue(value) {
    return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  }

  const kRaw = Symbol('raw names');
  /** The name as first given (undici sends user headers with their own case). */
  function rememberName(h, k, name) {
    if (!h[kRaw]) h[kRaw] = new Map();
    if (!h[kRaw].has(k)) h[kRaw].set(k, String(name));
  }
  /** [raw name, joined value] in insertion order. */
  function rawEntries(h) {
    return Array.from(h[kList], ([k, v]) => [(h[kRaw] && h[kRaw].get(k)) || k, v.join(', ')]);
  }

  class Headers {
    constructor(init) {
      this[kList] = new Map();
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [k, v] of init[kList]) this[kList].set(k, v.slice());
      } else if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const p = Array.from(pair);
          if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
          this.append(p[0], p[1]);
        }
      } else if (typeof init === 'object') {
        for (const k of Object.keys(init)) this.append(k, init[k]);
      } else {
        throw new TypeError("Headers constructor: Expected init to be an object, array or Headers");
      }
    }
    append(name, value) {
      const k = normalizeName(name);
      rememberName(this, k, name);
      const list = this[kList].get(k);
      if (list) list.push(normalizeValue(value));
      else this[kList].set(k, [normalizeValue(value)]);
    }
    set(name, value) {
      const k = normalizeName(name);
      rememberName(this, k, name);
      this[kList].set(k, [normalizeValue(value)]);
    }
    delete(name) { this[kList].delete(normalizeName(name)); }
    has(name) { return this[kList].has(normalizeName(name)); }
    get(name) {
      const list = this[kList].get(normalizeName(name));
      return list === undefined ? null : list.join(', ');
    }
    getSetCookie() { return (this[kList].get('set-cookie') || []).slice(); }
    *entries() {
      const keys = Array.from(this[kList].keys()).sort();
      for (const k of keys) {
        if (k === 'set-cookie') for (const v of this[kList].get(k)) yield [k, v];
        else yield [k, this[kList].get(k).join(', ')];
      }
    }
    *keys() { for (const [k] of this.entries()) yield k; }
    *values() { for (const [, v] of this.entries()) yield v; }
    forEach(cb, thisArg) { for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'Headers'; }
  }

  /** Body bytes and a default content type from a BodyInit. */
  function extractBody(body) {
    if (body === undefined || body === null) return { bytes: null, type: null };
    if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8'), type: 'text/plain;charset=UTF-8' };
    if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body.slice(0)), type: null };
    if (ArrayBuffer.isView(body)) return { bytes: Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
    if (internal.url && body instanceof internal.url.URLSearchParams) {
      return { bytes: Buffer.from(body.toString(), 'utf8'), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    }
    if (internal.webStreams && body instanceof internal.webStreams.Blob) return { blob: body, type: body.type || null };
    // A ReadableStream of Uint8Arrays: the body's stream itself (undici's `source` is null), read when the
    // body is first consumed.
    if (internal.webStreams && body instanceof internal.webStreams.ReadableStream) {
      let read;
      return { bytes: { then(ok, fail) { if (!read) read = readAll(body); return read.then(ok, fail); } }, type: null, stream: body };
    }
    return { bytes: Buffer.from(String(body), 'utf8'), type: 'text/plain;charset=UTF-8' };
  }
  async function readAll(stream) {
    const reader = stream.getReader();
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    return Buffer.concat(chunks);
  }

  function unusable() {
    return new TypeError('Body is unusable: Body has already been read');
  }
  const BodyMixin = {
    async arrayBuffer() {
      const b = await consume(this);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    },
    async text() { return (await consume(this)).toString('utf8'); },
    async json() { return JSON.parse((await consume(this)).toString('utf8')); },
    async blob() {
      const b = await consume(this);
      return new internal.webStreams.Blob([b], { type: mimeOf(this.headers.get('content-type')) });
    },
    async bytes() { return new Uint8Array(await consume(this)); },
  };
  /** Reads the whole body once: a Buffer, a promise of one, or a Blob. */
  // undici's bodyUnusable: the body was read, or its stream is locked or disturbed.
  function isUnusable(msg) {
    const st = msg._stream;
    return msg[kUsed] || (st !== undefined && st !== null && (st.locked || st._disturbed === true));
  }
  async function consume(msg) {
    if (isUnusable(msg)) throw unusable();
    return consumeRaw(msg);
  }
  async function consumeRaw(msg) {
    msg[kUsed] = true;
    const body = msg[kBody];
    if (body === null || body === undefined) return Buffer.alloc(0);
    if (body && typeof body.then === 'function') return await body;
    if (internal.webStreams && body instanceof internal.webStreams.Blob) return Buffer.from(await body.arrayBuffer());
    return body;
  }
  function bodyStream(msg) {
    if (msg[kBody] === null || msg[kBody] === undefined) return null;
    if (!msg._stream) {
      const self = msg;
      // A byte stream, as undici's body is (`supportsBYOB: true`).
      msg._stream = new internal.webStreams.ReadableStream({
        type: 'bytes',
        async pull(controller) {
          const b = await consumeRaw(self);
          if (b.length) controller.enqueue(new Uint8Array(b));
          controller.close();
        },
      });
    }
    return msg._stream;
  }

  class Request {
    constructor(input, init = {}) {
      const isReq = input instanceof Request;
      if (isReq) this.url = input.url;
      else {
        try {
          this.url = new internal.url.URL(String(input)).href;
        } catch (err) {
          throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause: err });
        }
      }
      this.method = String(init.method || (isReq ? input.method : 'GET')).toUpperCase();
      this.headers = new Headers(init.headers || (isReq ? input.headers : undefined));
      const { bytes, blob, type, stream } = extractBody(init.body !== undefined ? init.body : isReq ? input[kBody] : null);
      if ((bytes || blob) && (this.method === 'GET' || this.method === 'HEAD')) {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      if (stream !== undefined && init.body !== undefined && init.body !== null && (init.duplex === undefined || init.duplex === null)) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      this[kBody] = blob || bytes;
      if (stream !== undefined) this._stream = stream;
      this[kUsed] = false;
      if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
      this.redirect = init.redirect || (isReq ? input.redirect : 'follow');
      // (node's Request always has a signal: a new one that is never aborted when none is given.)
      this.signal = init.signal || (isReq ? input.signal : null) || new internal.web.AbortController().signal;
      this.credentials = 'same-origin';
      this.mode = 'cors';
      this.cache = 'default';
    }
    get body() { return bodyStream(this); }
    get bodyUsed() { return this[kUsed] || (this._stream !== undefined && this._stream !== null && this._stream._disturbed === true); }
    clone() { return new Request(this); }
    get [Symbol.toStringTag]() { return 'Request'; }
  }
  Object.assign(Request.prototype, BodyMixin);

  const STATUS_TEXT = internal.httpCommon ? internal.httpCommon.STATUS_CODES : {};
  class Response {
    constructor(body = null, init = {}) {
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!(status >= 200 && status <= 599)) {
        throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
      }
      this.status = status;
      this.statusText = init.statusText === undefined ? '' : String(init.statusText);
      this.headers = new Headers(init.headers);
      const { bytes, blob, type, stream } = extractBody(body);
      if (body !== null && body !== undefined && (status === 101 || status === 204 || status === 205 || status === 304)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      this[kBody] = blob || bytes;
      if (stream !== undefined) this._stream = stream;
      this[kUsed] = false;
      if (type && !this.headers.has('content-type')) this.headers.set('content-type', type);
      this.url = '';
      this.redirected = false;
      this.type = 'default';
    }
    get ok() { return this.status >= 200 && this.status <= 299; }
    get body() { return bodyStream(this); }
    get bodyUsed() { return this[kUsed] || (this._stream !== undefined && this._stream !== null && this._stream._disturbed === true); }
    clone() {
      if (this[kUsed]) throw new TypeError('Response.clone: Body has already been consumed.');
      const r = new Response(null, { status: this.status, statusText: this.statusText, headers: this.headers });
      r[kBody] = this[kBody];
      r.url = this.url;
      r.redirected = this.redirected;
      r.type = this.type;
      return r;
    }
    static json(data, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(JSON.stringify(data), Object.assign({}, init, { headers }));
    }
    static error() {
      const r = new Response(null, { status: 200 });
      r.status = 0;
      r.type = 'error';
      return r;
    }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
      return new Response(null, { status, headers: { location: new internal.url.URL(String(url)).href } });
    }
    get [Symbol.toStringTag]() { return 'Response'; }
  }
  Object.assign(Response.prototype, BodyMixin);
  // (undici's statics are enumerable, in this order: console.log(Response) lists them.)
  for (const k of ['error', 'json', 'redirect']) {
    const d = Object.getOwnPropertyDescriptor(Response, k);
    delete Response[k];
    Object.defineProperty(Response, k, Object.assign(d, { enumerable: true }));
  }

  // How undici's classes print (their [util.inspect.custom]): headers as a plain object of names (as first
  // given) to joined values, a Response or Request as the fields its getters show.
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const defineInspect = (C, fields) => Object.defineProperty(C.prototype, kInspect, {
    value: function inspect(depth, options, inspectFn) {
      const opts = Object.assign({}, options);
      if (opts.depth === null) opts.depth = 2;
      return `${C.name} ${(inspectFn || internal.inspect)(fields(this), opts)}`;
    },
    writable: true, configurable: true, enumerable: false,
  });
  defineInspect(Headers, (h) => Object.fromEntries(rawEntries(h)));
  defineInspect(Response, (r) => ({
    status: r.status, statusText: r.statusText, headers: r.headers, body: r.body, bodyUsed: r.bodyUsed, ok: r.ok,
    redirected: r.redirected, type: r.type, url: r.url,
  }));
  defineInspect(Request, (r) => ({
    method: r.method, url: r.url, headers: r.headers, destination: '', referrer: 'about:client', referrerPolicy: '',
    mode: r.mode, credentials: r.credentials, cache: r.cache, redirect: r.redirect, integrity: '', keepalive: false,
    isReloadNavigation: false, isHistoryNavigation: false, signal: r.signal,
  }));

  /** A Response for a received http.IncomingMessage: the body is read in the background. */
  function fromIncoming(res, url, redirected) {
    const r = new Response(null, { status: 200 });
    r.status = res.statusCode;
    r.statusText = res.statusMessage || STATUS_TEXT[res.statusCode] || '';
    const h = new Headers();
    for (let i = 0; i < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    r.headers = h;
    r.url = url;
    r.redirected = redirected;
    r.type = 'basic';
    r[kBody] = new Promise((resolve, reject) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        // undici decodes the content codings it asked for (gzip, deflate; br too), the last applied first.
        let body = Buffer.concat(chunks);
        const codings = String(res.headers['content-encoding'] || '').toLowerCase().split(',').map((c) => c.trim()).filter(Boolean);
        try {
          const zlib = internal.modules.zlib;
          for (const c of codings.reverse()) {
            if (c === 'gzip' || c === 'x-gzip') body = zlib.gunzipSync(body);
            else if (c === 'deflate') body = zlib.inflateSync(body);
            else if (c === 'br') body = zlib.brotliDecompressSync(body);
            else break;
          }
        } catch (e) {
          reject(new TypeError('terminated', { cause: e }));
          return;
        }
        resolve(body);
      });
      res.on('error', (e) => reject(new TypeError('terminated', { cause: e })));
    });
    r[kBody].catch(() => {});
    return r;
  }

  internal.fetchClasses = { Headers, Request, Response, fromIncoming, extractBody, kBody, rawEntries };
})
